import { useTranslation } from 'react-i18next';
import { useCoverSheet } from './useCoverSheet';
import { PrintJobStatus } from './PrintJobStatus';
import { usePrintJob } from './usePrintJob';

/** Every printable document of the workbook in one place (each area adds its documents here). */
export function PrintCenter() {
  const { t } = useTranslation();
  const job = usePrintJob();
  const coverSheet = useCoverSheet();
  return (
    <section aria-labelledby="print-heading">
      <h1 id="print-heading">{t('print.heading')}</h1>
      <p>{t('print.lead')}</p>
      <div className="card">
        <h2>{t('print.coverSheet')}</h2>
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={job.busy || !coverSheet}
            onClick={() => coverSheet && void job.print(coverSheet.doc, coverSheet.fileName)}
          >
            {t('print.make')}
          </button>
        </div>
      </div>
      <PrintJobStatus job={job} />
    </section>
  );
}
