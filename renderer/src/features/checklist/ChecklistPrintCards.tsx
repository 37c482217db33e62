import { dataKey } from '../../i18n/typed-keys';
import { useTranslation } from 'react-i18next';
import { PrintCard } from '../../workbook/print/PrintCard';
import type { PrintJob } from '../../workbook/print/usePrintJob';
import { useCurrentFiscalYear } from './useChecklistData';
import { useChecklistPrints } from './useChecklistPrints';

function SetCard({ job, setId, titleKey }: { job: PrintJob; setId: string; titleKey: string }) {
  const { t } = useTranslation();
  const prints = useChecklistPrints();
  const fiscalYear = useCurrentFiscalYear();
  return <PrintCard job={job} title={t(dataKey(titleKey))} prepare={() => prints.sheet(setId, fiscalYear)} />;
}

export function ChecklistGridPrintCard({ job }: { job: PrintJob }) {
  return <SetCard job={job} setId="mhlw-r7-facility" titleKey="checklist.print.grid" />;
}

export function BcpPhasesPrintCard({ job }: { job: PrintJob }) {
  return <SetCard job={job} setId="mhlw-bcp-2024" titleKey="checklist.print.phases" />;
}

export function CrossReferencePrintCard({ job }: { job: PrintJob }) {
  return <SetCard job={job} setId="guideline-6-3-4" titleKey="checklist.print.crossReference" />;
}
