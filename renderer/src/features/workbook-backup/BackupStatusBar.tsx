import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { formatInstantDate } from '../../domain/date-text';
import { useBackupScheduler } from './useBackupScheduler';

/** The 配布用コピー mark in the top bar: this PC holds a read-only copy, as of the date it was made. */
export function DistributedCopyBadge() {
  const { t, i18n } = useTranslation();
  const copy = useWorkbook().settings.distributedCopy;
  if (!copy) return null;
  return (
    <span className="copy-badge" data-testid="distributed-copy-badge" title={t('workbookBackup.notice.copyBanner', { facility: copy.sourceFacility, asOf: formatInstantDate(copy.asOf, i18n.language) })}>
      {t('workbookBackup.notice.copyShort', { asOf: formatInstantDate(copy.asOf, i18n.language) })}
    </span>
  );
}

/**
 * A warning in the top bar when an automatic backup failed. It also hosts the backup scheduler, because the top bar
 * is on screen whatever is open.
 */
export function BackupFailedAlert() {
  const { t } = useTranslation();
  const { settings } = useWorkbook();
  useBackupScheduler();
  const failed = settings.backupFolders.filter((f) => settings.backupStatus[f]?.failure);
  if (failed.length === 0) return null;
  return (
    <Link to="/settings#auto-backup" className="backup-alert">
      {t('workbookBackup.notice.backupFailedShort')}
    </Link>
  );
}
