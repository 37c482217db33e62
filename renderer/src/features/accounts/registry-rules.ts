import { toLocalDateString } from '../../base/local-date';
import '../../db/accounts-records';
import { accountsToRotate } from '../../db/accounts-store';
import { readSettings } from '../../db/settings';
import { accountEvidence } from '../../domain/accounts/evidence';
import type { GuidelineEvidenceRule, IncidentCloseCheck } from '../../workbook/feature-module';

/** 復旧後の変更 (R6): an incident may not close while an account opened during it is not changed and resealed or retired. */
export const accountsRotatedCheck: IncidentCloseCheck = {
  key: 'accountsRotated',
  messageKey: 'accounts.closeCheck.pending',
  check: (db, incidentId) => accountsToRotate(db, incidentId),
};

/** The register as evidence for the emergency-account items of the self-assessment. */
export const accountsEvidenceRule: GuidelineEvidenceRule = {
  topic: 'emergencyAccounts',
  key: 'accountsRegister',
  async evaluate(db, context) {
    const [accounts, events, incidents, settings] = await Promise.all([db.emergencyAccounts.toArray(), db.accountEvents.toArray(), db.incidents.toArray(), readSettings(db)]);
    const findings = accountEvidence({
      accounts,
      events,
      closedIncidentIds: new Set(incidents.filter((i) => i.status === 'closed').map((i) => i.id)),
      today: context.today || toLocalDateString(new Date()),
      sealCheckDays: settings.accountSealCheckDays,
    });
    return findings.map((f) => ({ verdict: f.verdict, messageKey: `accounts.evidence.${f.key}`, ...(f.values ? { values: f.values } : {}), href: '/accounts' }));
  },
};
