import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../ui/Notice';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { formatInstantDate } from '../../domain/date-text';

/** Home-screen notices: a distributed copy's source and date; failed or missing automatic backups. */
export function WorkbookBackupNotices() {
  const { t, i18n } = useTranslation();
  const { settings } = useWorkbook();
  const copy = settings.distributedCopy;
  const failed = settings.backupFolders.filter((f) => settings.backupStatus[f]?.failure);
  return (
    <>
      {copy && (
        <Notice tone="demo">
          <span data-testid="distributed-copy-notice">{t('workbookBackup.notice.copyBanner', { facility: copy.sourceFacility, asOf: formatInstantDate(copy.asOf, i18n.language) })}</span>
        </Notice>
      )}
      {failed.length > 0 && (
        <Notice tone="error">
          <span>{t('workbookBackup.notice.backupFailed', { folders: failed.join(t('punct.list')) })}</span>
          <Link to="/settings#auto-backup">{t('workbookBackup.notice.backupFailedLink')}</Link>
        </Notice>
      )}
      {/* In a plain browser there are no folders to choose: the nag would have no cure there. */}
      {!copy && settings.backupFolders.length === 0 && window.bcp !== undefined && (
        <Notice tone="demo">
          <span>{t('workbookBackup.notice.noBackupFolder')}</span>
          <Link to="/settings#auto-backup">{t('workbookBackup.notice.backupFailedLink')}</Link>
        </Notice>
      )}
    </>
  );
}
