import { useTranslation } from 'react-i18next';
import { emptyAuditFilter } from '../../domain/audit/audit-filter';
import { verifyAuditChain } from '../../domain/audit/audit-chain';
import { PrintCard } from '../../workbook/print/PrintCard';
import type { PrintJob } from '../../workbook/print/usePrintJob';
import { useRegistry } from '../../workbook/registry';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { auditPrintable } from './audit-print';

/** 印刷 → 監査ログ: every row, with the chain verified at print time. */
export function AuditLogPrintCard({ job }: { job: PrintJob }) {
  const { t, i18n } = useTranslation();
  const { db, facility } = useWorkbook();
  const labels = useRegistry();
  return (
    <PrintCard
      job={job}
      title={t('audit.printCard.title')}
      prepare={async () => {
        if (!facility) return undefined;
        const rows = await db.auditLog.orderBy('seq').toArray();
        return auditPrintable(i18n.getFixedT('ja'), facility, rows, emptyAuditFilter, await verifyAuditChain(rows), labels);
      }}
    >
      <p>{t('audit.printCard.lead')}</p>
    </PrintCard>
  );
}
