import { useTranslation } from 'react-i18next';
import { PrintCard } from '../../workbook/print/PrintCard';
import type { PrintJob } from '../../workbook/print/usePrintJob';
import { useActionPrints } from './useActionPrints';

/** 対応事項一覧 on the 印刷 screen: every action, open first. */
export function ActionsPrintCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const prints = useActionPrints();
  return <PrintCard job={job} title={t('actions.print.cardTitle')} prepare={() => prints.list()} />;
}
