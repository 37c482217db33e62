import { useTranslation } from 'react-i18next';
import { PrintCard } from './PrintCard';
import { useCoverSheet } from './useCoverSheet';
import type { PrintJob } from './usePrintJob';

export function CoverSheetCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const coverSheet = useCoverSheet();
  return <PrintCard job={job} title={t('print.coverSheet')} prepare={() => coverSheet} />;
}
