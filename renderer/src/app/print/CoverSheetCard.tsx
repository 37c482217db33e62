import { useTranslation } from 'react-i18next';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { prepareCoverSheet } from './cover-sheet';
import { PrintCard } from '../../workbook/print/PrintCard';
import type { PrintJob } from '../../workbook/print/usePrintJob';

export function CoverSheetCard({ job }: { job: PrintJob }) {
  const { t, i18n } = useTranslation();
  const { db, facility } = useWorkbook();
  return <PrintCard job={job} title={t('print.coverSheet')} prepare={() => facility && prepareCoverSheet(db, facility, i18n.getFixedT('ja'))} />;
}
