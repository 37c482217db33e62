import { useTranslation } from 'react-i18next';
import { featureModules } from '../../features/modules';
import { BinderCard } from './BinderCard';
import { CoverSheetCard } from './CoverSheetCard';
import { PrintJobStatus } from '../../workbook/print/PrintJobStatus';
import { usePrintJob } from '../../workbook/print/usePrintJob';

const featureCards = featureModules.flatMap((m) => m.printCards ?? []);

/** Every printable document of the workbook in one place; areas add theirs through their feature module. */
export function PrintCenter() {
  const { t } = useTranslation();
  const job = usePrintJob();
  return (
    <section aria-labelledby="print-heading">
      <h1 id="print-heading">{t('print.heading')}</h1>
      <p>{t('print.lead')}</p>
      <PrintJobStatus job={job} />
      <BinderCard job={job} />
      <CoverSheetCard job={job} />
      {featureCards.map((Card, i) => (
        <Card key={i} job={job} />
      ))}
    </section>
  );
}
