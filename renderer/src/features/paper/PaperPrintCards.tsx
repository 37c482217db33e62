import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kitDepartments } from '../../domain/paper/downtime-kit';
import { Notice } from '../../ui/Notice';
import type { PrintJob } from '../../workbook/print/usePrintJob';
import { KitQuantityFields, useKitQuantity } from './KitControls';
import { usePaperData } from './usePaperData';
import { usePaperPrint } from './usePaperPrint';
import { useWorkbook } from '../../workbook/WorkbookContext';

/** 印刷 screen: a department's or the whole hospital's downtime kit. */
export function DowntimeKitCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const data = usePaperData();
  const print = usePaperPrint(job, data);
  const quantity = useKitQuantity();
  const [department, setDepartment] = useState('all');
  const departments = data ? kitDepartments(data.procedures, data.forms, data.departments) : [];
  return (
    <div className="card">
      <h2>{t('paper.kit.heading')}</h2>
      <p className="muted">{t('paper.kit.lead')}</p>
      <div className="field paper-inline">
        <label htmlFor="kit-department">{t('paper.department')}</label>
        <select id="kit-department" value={department} onChange={(e) => setDepartment(e.target.value)}>
          <option value="all">{t('paper.kit.wholeHospital')}</option>
          {departments.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </div>
      <KitQuantityFields state={quantity} />
      <div className="actions">
        <button type="button" className="button" disabled={!data || job.busy || !quantity.valid} onClick={() => void print.printKit(department, quantity.quantity)}>
          {t('paper.kit.print')}
        </button>
      </div>
      {print.problem && <Notice tone="error">{print.problem}</Notice>}
    </div>
  );
}

export function StockPlanCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const data = usePaperData();
  const print = usePaperPrint(job, data);
  const { paperPlannedDays } = useWorkbook().settings;
  return (
    <div className="card">
      <h2>{t('paper.stock.heading')}</h2>
      <p className="muted">{t('paper.stock.cardHint', { days: paperPlannedDays })}</p>
      <div className="actions">
        <button type="button" className="button" disabled={!data || job.busy} onClick={() => print.printStockPlan(paperPlannedDays)}>
          {t('paper.stock.print')}
        </button>
      </div>
    </div>
  );
}
