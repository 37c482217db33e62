import type { FeatureModule } from '../../workbook/feature-module';
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
import { TestRestoreSettings } from './TestRestoreSettings';

/** システム台帳・バックアップ・復旧手順 (R8, R9, R10, R13, R16, R18). */
export const systemsFeature: FeatureModule = {
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
};
