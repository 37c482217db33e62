import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fiscalPeriod, fiscalYearContaining } from '../../domain/plan/fiscal-period';
import { PrintCard } from '../../workbook/print/PrintCard';
import type { PrintJob } from '../../workbook/print/usePrintJob';
import { useToday } from '../../workbook/useToday';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { usePlanPrints } from './usePlanPrints';

export function PlanPrintCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const prints = usePlanPrints();
  return (
    <PrintCard job={job} title={t('plan.print.planTitle')} prepare={() => prints.plan()}>
      <p className="muted">{t('plan.print.planLead')}</p>
    </PrintCard>
  );
}

export function RevisionHistoryPrintCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const prints = usePlanPrints();
  return (
    <PrintCard job={job} title={t('plan.print.historyTitle')} prepare={() => prints.history()}>
      <p className="muted">{t('plan.print.historyLead')}</p>
    </PrintCard>
  );
}

/** 経営層への報告 for a chosen 年度 (this one and the two before). */
export function ManagementReportPrintCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const { facility } = useWorkbook();
  const prints = usePlanPrints();
  const today = useToday();
  const startMonth = facility?.fiscalYearStartMonth ?? 4;
  const current = fiscalYearContaining(today, startMonth);
  const [year, setYear] = useState(current);
  return (
    <PrintCard job={job} title={t('plan.report.title')} buttonLabel={t('plan.report.print')} prepare={() => prints.managementReport(year)}>
      <p className="muted">{t('plan.report.lead')}</p>
      <label>
        {t('plan.report.fiscalYear')}{' '}
        <select value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="report-fiscal-year">
          {[current, current - 1, current - 2].map((y) => (
            <option key={y} value={y}>
              {fiscalPeriod(y, startMonth).label}
            </option>
          ))}
        </select>
      </label>
    </PrintCard>
  );
}
