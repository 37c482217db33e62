import type { FeatureModule } from '../../workbook/feature-module';
import { AutoBackupSection } from './AutoBackupSection';
import { BackupFailedAlert, DistributedCopyBadge } from './BackupStatusBar';
import { DistributedCopySection } from './DistributedCopySection';
import { ExportSection } from './ExportSection';
import { RestoreSection } from './RestoreSection';
import { WorkbookBackupNotices } from './WorkbookBackupNotices';

/** The workbook backing itself up (.bcpbak generations, export, restore) and its read-only 配布用コピー (R9 applied to itself). */
export const workbookBackupFeature = {
  areas: [],
  routes: [],
  settingsSections: [AutoBackupSection, ExportSection, RestoreSection, DistributedCopySection],
  homeNotices: [WorkbookBackupNotices],
  topBarItems: [DistributedCopyBadge, BackupFailedAlert],
  settings: {
    backupFolders: 'audit.settingNames.backupFolders',
    backupGenerations: 'workbookBackup.autoBackup.generations',
    backupStatus: 'audit.settingNames.backupStatus',
    distributedCopy: 'workbookBackup.copy.heading',
  },
} satisfies FeatureModule;
