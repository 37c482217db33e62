import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatAsOf } from '../../domain/distribution/as-of-text';
import { copyAgeDays, isStaleCopy } from '../../domain/distribution/freshness';
import { Notice } from '../../ui/Notice';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { readerProblemText } from './problem-text';

/** Home on a reader PC: an old copy, or a copy in the folder that was not taken and why. */
export function ReaderNotices() {
  const { t, i18n } = useTranslation();
  const { settings } = useWorkbook();
  const copy = settings.distributedCopy;
  if (!settings.readerPairing || !copy) return null;
  const now = new Date();
  const { problem, problemAsOf } = settings.readerStatus;
  return (
    <>
      {isStaleCopy(copy.asOf, now, settings.copyMaxAgeDays) && (
        <Notice tone="error">
          <span>{t('distribution.notice.stale', { days: copyAgeDays(copy.asOf, now), asOf: formatAsOf(copy.asOf, i18n.language) })}</span>{' '}
          <Link to="/settings#copy-reader">{t('distribution.notice.settingsLink')}</Link>
        </Notice>
      )}
      {problem && (
        <Notice tone="error">
          <span data-testid="copy-problem">{t('distribution.notice.problem', { message: readerProblemText(problem, problemAsOf, t, i18n.language) })}</span>
        </Notice>
      )}
    </>
  );
}
