import { systemsEvidence } from './guideline-evidence';
import { systemsReferences } from '../../db/systems-references';
import type { FeatureModule } from '../../workbook/feature-module';
import { systemsBinderSections } from './binder';
import { systemsAuditLabels } from './audit-labels';
import { BackupRegister } from './BackupRegister';
import { RunbookDetail } from './RunbookDetail';
import { RunbookEditorPage } from './RunbookEditor';
import { RunbooksHome } from './RunbooksHome';
import { RunScreen } from './RunScreen';
import { SystemDetail } from './SystemDetail';
import { SystemEditorPage } from './SystemEditor';
import { SystemsHomeNotice } from './SystemsHomeNotice';
import { SystemsList } from './SystemsList';
import { BackupRegisterPrintCard, InventoryPrintCard, RestoreOrderPrintCard, RunbookSheetPrintCard, RunRecordPrintCard } from './SystemsPrintCards';
import { systemSearch } from './search';
import { TestRestoreSettings } from './TestRestoreSettings';
import { systemsReportFigures } from './report-figures';

/** システム台帳・バックアップ・復旧手順 (R8, R9, R10, R13, R16, R18). */
export const systemsFeature = {
  areas: ['systems', 'backups', 'runbooks'],
  routes: [
    { path: 'systems', element: <SystemsList /> },
    { path: 'systems/new', element: <SystemEditorPage /> },
    { path: 'systems/:id', element: <SystemDetail /> },
    { path: 'systems/:id/edit', element: <SystemEditorPage /> },
    { path: 'backups', element: <BackupRegister /> },
    { path: 'runbooks', element: <RunbooksHome /> },
    { path: 'runbooks/new', element: <RunbookEditorPage /> },
    { path: 'runbooks/runs/:runId', element: <RunScreen /> },
    { path: 'runbooks/:id', element: <RunbookDetail /> },
    { path: 'runbooks/:id/edit', element: <RunbookEditorPage /> },
  ],
  printCards: [InventoryPrintCard, BackupRegisterPrintCard, RestoreOrderPrintCard, RunbookSheetPrintCard, RunRecordPrintCard],
  settingsSections: [TestRestoreSettings],
  homeNotices: [SystemsHomeNotice],
  homeTiles: [{ key: 'runbooks', area: 'runbooks' }],
  homeCounts: [{ table: 'systems', textKey: 'home.countSystems' }],
  search: [systemSearch],
  binderSections: systemsBinderSections,
  // The backup register and run records print on their own (印刷 screen); the binder holds the plan, not the log.
  binderExcluded: ['backups', 'runbookRuns'],
  auditLabels: systemsAuditLabels,
  settings: { testRestoreDays: 'systems.settings.testRestoreDays' },
  references: systemsReferences,
  guidelineEvidence: systemsEvidence,
  managementReportFigures: [systemsReportFigures],
} satisfies FeatureModule;
