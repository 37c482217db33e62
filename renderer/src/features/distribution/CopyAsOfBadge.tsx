import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatAsOf } from '../../domain/distribution/as-of-text';
import { copyAgeDays, isStaleCopy } from '../../domain/distribution/freshness';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { usePublishScheduler } from './usePublishScheduler';
import { useReaderScheduler } from './useReaderScheduler';

/**
 * On a reader PC, the top bar states the copy's 「○年○月○日○時点」 on every screen, and flags a copy older than the set
 * age or a newer copy that was refused. It also hosts the reader's hourly look and the editing PC's hourly publication, as the top bar is always on
 * screen.
 */
export function CopyAsOfBadge() {
  const { t, i18n } = useTranslation();
  const { settings } = useWorkbook();
  useReaderScheduler();
  usePublishScheduler();
  const copy = settings.distributedCopy;
  if (!settings.readerPairing || !copy) return null;
  const now = new Date();
  const stale = isStaleCopy(copy.asOf, now, settings.copyMaxAgeDays);
  const problem = settings.readerStatus.problem;
  return (
    <>
      <span className="copy-badge" data-testid="copy-as-of">
        {formatAsOf(copy.asOf, i18n.language)}
      </span>
      {stale && (
        <Link to="/settings#copy-reader" className="backup-alert" data-testid="copy-stale">
          {t('distribution.topBar.stale', { days: copyAgeDays(copy.asOf, now) })}
        </Link>
      )}
      {problem && problem !== 'no-copy' && (
        <Link to="/settings#copy-reader" className="backup-alert" data-testid="copy-refused">
          {t('distribution.topBar.refused')}
        </Link>
      )}
    </>
  );
}
