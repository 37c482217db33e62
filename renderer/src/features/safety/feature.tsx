import { emptyFeature, type FeatureModule } from '../feature';
import { AuditLogPage } from './AuditLogPage';
import { AuditLogPrintCard } from './AuditLogPrintCard';
import { AutoBackupSection } from './AutoBackupSection';
import { DistributedCopySection } from './DistributedCopySection';
import { EditLockSection } from './EditLockSection';
import { ExportSection } from './ExportSection';
import { RestoreSection } from './RestoreSection';
import { SafetyNotices } from './SafetyNotices';

/** The workbook's own safety: backups of itself, restore, audit trail, edit lock, distributed copies (R9 applied to itself). */
export const safetyFeature: FeatureModule = {
  ...emptyFeature,
  routes: [{ path: 'audit', element: <AuditLogPage /> }],
  printCards: [AuditLogPrintCard],
  settingsSections: [AutoBackupSection, ExportSection, RestoreSection, DistributedCopySection, EditLockSection],
  homeNotices: [SafetyNotices],
};
