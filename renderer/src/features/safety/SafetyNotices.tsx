import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../ui/Notice';
import { useWorkbook } from '../workbook/WorkbookContext';
import { formatAsOf } from './format';

/** Home-screen notices: a distributed copy's source and date; failed or missing automatic backups. */
export function SafetyNotices() {
  const { t, i18n } = useTranslation();
  const { settings } = useWorkbook();
  const copy = settings.distributedCopy;
  const failed = settings.backupFolders.filter((f) => settings.backupStatus[f]?.failure);
  return (
    <>
      {copy && (
        <Notice tone="demo">
          <span data-testid="distributed-copy-notice">{t('safety.notice.copyBanner', { facility: copy.sourceFacility, asOf: formatAsOf(copy.asOf, i18n.language) })}</span>
        </Notice>
      )}
      {failed.length > 0 && (
        <Notice tone="error">
          <span>{t('safety.notice.backupFailed', { folders: failed.join(t('punct.list')) })}</span>
          <Link to="/settings#safety-auto-backup">{t('safety.notice.backupFailedLink')}</Link>
        </Notice>
      )}
      {/* In a plain browser there are no folders to choose: the nag would have no cure there. */}
      {!copy && settings.backupFolders.length === 0 && window.bcp !== undefined && (
        <Notice tone="demo">
          <span>{t('safety.notice.noBackupFolder')}</span>
          <Link to="/settings#safety-auto-backup">{t('safety.notice.backupFailedLink')}</Link>
        </Notice>
      )}
    </>
  );
}
