import { useTranslation } from 'react-i18next';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { prepareCoverSheet } from './cover-sheet';
import { PrintCard } from '../../workbook/print/PrintCard';
import type { PrintJob } from '../../workbook/print/usePrintJob';
import { usePrintedCopyRecorder } from '../../workbook/print/usePrintedCopyRecorder';

export function CoverSheetCard({ job }: { job: PrintJob }) {
  const { t, i18n } = useTranslation();
  const { db, facility } = useWorkbook();
  // The cover sheet heads the printed binder: after saving it, where the binder is kept can go into the register.
  const recorder = usePrintedCopyRecorder(job, { document: 'binder', title: t('print.coverSheetTitle'), edition: 'admin' });
  return (
    <PrintCard job={job} title={t('print.coverSheet')} prepare={recorder.track(() => facility && prepareCoverSheet(db, facility, i18n.getFixedT('ja')))}>
      {recorder.form}
    </PrintCard>
  );
}
