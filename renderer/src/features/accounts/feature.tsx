import { accountsReferences } from '../../db/accounts-references';
import { toLocalDateString } from '../../base/local-date';
import { buildAccountRegister } from '../../pdf/documents/accounts/register';
import type { FeatureModule } from '../../workbook/feature-module';
import { readAccounts } from './useAccountsPrints';
import { AccountDetail } from './AccountDetail';
import { AccountEditorPage } from './AccountEditor';
import { AccountsHomeNotice } from './AccountsHomeNotice';
import { AccountRegisterPrintCard, OpeningLedgerPrintCard } from './AccountsPrintCards';
import { AccountsRegister } from './AccountsRegister';
import { accountsAuditLabels } from './audit-labels';
import { accountsEvidenceRule, accountsRotatedCheck } from './registry-rules';
import { SealCheckSettings } from './SealCheckSettings';
import { accountSearch } from './search';

/** 非常用アカウント (R6): the sealed-credential register, its opening ledger, misuse shown in red, rotation after recovery. */
export const accountsFeature = {
  areas: ['accounts'],
  routes: [
    { path: 'accounts', element: <AccountsRegister /> },
    { path: 'accounts/new', element: <AccountEditorPage /> },
    { path: 'accounts/:id', element: <AccountDetail /> },
    { path: 'accounts/:id/edit', element: <AccountEditorPage /> },
  ],
  printCards: [AccountRegisterPrintCard, OpeningLedgerPrintCard],
  settingsSections: [SealCheckSettings],
  homeNotices: [AccountsHomeNotice],
  search: [accountSearch],
  binderSections: [
    {
      chapter: 'system-recovery',
      chapterTitleKey: 'print.binderChapters.systemRecovery',
      titleKey: 'accounts.print.registerTitle',
      table: 'emergencyAccounts',
      // Where each sealed credential is kept is for the information-systems lead only.
      confidential: true,
      async load(db, { header, settings }) {
        const today = toLocalDateString(header.printedAt);
        const accounts = await readAccounts(db, today, settings.accountSealCheckDays);
        return accounts.length > 0 ? [buildAccountRegister({ header, accounts, today })] : [];
      },
    },
  ],
  // The ledger is a record of what was done; it prints on its own (印刷 → 開封記録簿), never in the binder.
  binderExcluded: ['accountEvents'],
  auditLabels: accountsAuditLabels,
  settings: { accountSealCheckDays: 'accounts.settings.sealCheckDays' },
  references: accountsReferences,
  incidentCloseChecks: [accountsRotatedCheck],
  guidelineEvidence: [accountsEvidenceRule],
} satisfies FeatureModule;
