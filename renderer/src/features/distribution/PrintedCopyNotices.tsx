import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readStalePrints } from '../../db/distribution-store';
import { formatInstantDate } from '../../domain/date-text';
import { Notice } from '../../ui/Notice';
import { pathOf } from '../../workbook/areas';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { changesText } from './stale-text';

/** Home: each kept print the workbook changed since, with what changed and one click to 印刷. */
export function PrintedCopyNotices() {
  const { t, i18n } = useTranslation();
  const { db } = useWorkbook();
  const stale = useLiveQuery(() => readStalePrints(db), [db]);
  if (!stale || stale.length === 0) return null;
  return (
    <>
      {stale.map(({ copy, changes }) => (
        <Notice key={copy.id} tone="demo">
          <span data-testid="stale-print">
            {t('distribution.printed.stale', {
              title: copy.title,
              edition: t(`distribution.printed.editions.${copy.edition}`),
              place: copy.place,
              printed: formatInstantDate(copy.printedAt, i18n.language),
              changes: changesText(changes, t),
            })}
          </span>{' '}
          <Link to={pathOf('print')}>{t('distribution.printed.reprint')}</Link>
        </Notice>
      ))}
    </>
  );
}
