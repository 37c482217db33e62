import { useCallback, useMemo } from 'react';
import { toLocalDateString } from '../../base/local-date';
import type { BcpDatabase } from '../../db/database';
import '../../db/accounts-records';
import { listIncidents } from '../../db/incidents-store';
import { compareEvents } from '../../domain/accounts/account-event';
import { accountState } from '../../domain/accounts/account-state';
import { lastSealConfirmed, registerAlerts } from '../../domain/accounts/misuse';
import { accountLabel } from '../../domain/accounts/timeline-text';
import { formatDateTime } from '../../domain/date-text';
import { incidentLabel } from '../../domain/incidents/incident';
import { pdfFileName } from '../../domain/print-file-name';
import { printableAccount, type AccountsPrintHeader, type PrintableAccount } from '../../pdf/documents/accounts/common';
import { buildOpeningLedger, LEDGER_TITLE, type LedgerAccount } from '../../pdf/documents/accounts/ledger';
import { buildAccountRegister, REGISTER_TITLE } from '../../pdf/documents/accounts/register';
import { APP_VERSION } from '../../workbook/app-version';
import type { Printable } from '../../workbook/print/PrintCard';
import { useWorkbook } from '../../workbook/WorkbookContext';

export async function readAccounts(db: BcpDatabase, today: string, sealCheckDays: number): Promise<(PrintableAccount & { id: string; label: string })[]> {
  const [accounts, events, systems, contacts] = await Promise.all([db.emergencyAccounts.toArray(), db.accountEvents.toArray(), db.systems.toArray(), db.contacts.toArray()]);
  const systemNames = new Map(systems.map((s) => [s.id, s.name]));
  const alerts = registerAlerts(accounts, events, today, sealCheckDays);
  return accounts
    .map((a) => {
      const own = events.filter((e) => e.accountId === a.id).sort(compareEvents);
      const custodian = contacts.find((c) => c.id === a.custodianContactId);
      return {
        id: a.id,
        label: accountLabel(a, systemNames.get(a.systemId)),
        ...printableAccount(a, {
          systemName: systemNames.get(a.systemId) ?? '',
          lastConfirmed: lastSealConfirmed(a, own),
          custodian: custodian ? [custodian.name, custodian.role].filter(Boolean).join(' ') : '',
          state: accountState(own),
          alerts: alerts.filter((x) => x.accountId === a.id).map((x) => x.kind),
          events: own,
        }),
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'ja'));
}

/** The area's documents, built from the database when the button is pressed (so the paper is current). */
export function useAccountsPrints() {
  const { db, facility, settings } = useWorkbook();
  const header = useCallback((): AccountsPrintHeader | undefined => {
    if (!facility) return undefined;
    return { facilityName: facility.name, confidentialityLabel: facility.confidentialityLabel, version: APP_VERSION, printedAt: new Date(), demo: facility.demo === true };
  }, [facility]);
  return useMemo(
    () => ({
      async register(): Promise<Printable | undefined> {
        const h = header();
        if (!h) return undefined;
        const today = toLocalDateString(h.printedAt);
        const accounts = await readAccounts(db, today, settings.accountSealCheckDays);
        return { doc: buildAccountRegister({ header: h, accounts, today }), fileName: pdfFileName(REGISTER_TITLE, h.facilityName, h.printedAt) };
      },
      /** The opening ledger for one account ('' = a shared sheet for all), blank or with the recorded openings. */
      async ledger(accountId: string, withRecords: boolean): Promise<Printable | undefined> {
        const h = header();
        if (!h) return undefined;
        const all = await readAccounts(db, toLocalDateString(h.printedAt), settings.accountSealCheckDays);
        const chosen: LedgerAccount[] = all.filter((a) => !accountId || a.id === accountId);
        const incidentNames = new Map((await listIncidents(db)).map((i) => [i.id, incidentLabel(i, (iso) => formatDateTime(iso, 'ja'))]));
        const title = chosen.length === 1 && accountId ? `${LEDGER_TITLE}_${chosen[0]?.label ?? ''}` : LEDGER_TITLE;
        return { doc: buildOpeningLedger({ header: h, accounts: chosen, withRecords, incidentNames }), fileName: pdfFileName(title, h.facilityName, h.printedAt) };
      },
    }),
    [db, header, settings.accountSealCheckDays],
  );
}
