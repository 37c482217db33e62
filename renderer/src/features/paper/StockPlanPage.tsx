import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DEFAULT_PLANNED_DAYS, MAX_PLANNED_DAYS, planStock } from '../../domain/paper/stock-plan';
import { PrintJobStatus } from '../../workbook/print/PrintJobStatus';
import { usePrintJob } from '../../workbook/print/usePrintJob';
import { usePaperData } from './usePaperData';
import { usePaperPrint } from './usePaperPrint';
import { writeSetting } from '../../db/settings';
import { useWorkbook } from '../../workbook/WorkbookContext';

const n = (value: number) => value.toLocaleString();

/** 備蓄計画: sheets to keep printed for the planned days, per form and place. */
export function StockPlanPage() {
  const { t } = useTranslation();
  const data = usePaperData();
  const job = usePrintJob();
  const print = usePaperPrint(job, data);
  const { db, settings, writer, canEdit } = useWorkbook();
  const [daysText, setDaysText] = useState(String(settings.paperPlannedDays));
  if (!data) return null;
  const days = Number(daysText);
  const valid = Number.isInteger(days) && days >= 1 && days <= MAX_PLANNED_DAYS;
  const plan = planStock(data.forms, data.wards, valid ? days : DEFAULT_PLANNED_DAYS);
  const unused = data.forms.filter((f) => f.stock.sheetsPerDay <= 0);

  return (
    <section aria-labelledby="stock-heading">
      <p>
        <Link to="/paper">← {t('paper.heading')}</Link>
      </p>
      <h1 id="stock-heading">{t('paper.stock.heading')}</h1>
      <p>{t('paper.stock.lead')}</p>
      <div className="card">
        <div className="field paper-inline">
          <label htmlFor="stock-days">{t('paper.stock.days')}</label>
          <input id="stock-days" type="number" min={1} max={MAX_PLANNED_DAYS} value={daysText} aria-invalid={valid ? undefined : true} onChange={(e) => setDaysText(e.target.value)} />
          <span className="hint">{t('paper.stock.daysHint')}</span>
          {!valid && (
            <span className="error" role="alert">
              {t('paper.validation.days', { max: MAX_PLANNED_DAYS })}
            </span>
          )}
        </div>
        <p>
          <strong data-testid="stock-total">{t('paper.stock.total', { days: plan.days, sheets: n(plan.sheetsToKeep) })}</strong>
        </p>
        <div className="actions">
          <button type="button" className="button" disabled={job.busy || !valid} onClick={() => print.printStockPlan(plan.days)}>
            {t('paper.stock.print')}
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={!canEdit || !valid || days === settings.paperPlannedDays}
            onClick={() => void writeSetting(db, 'paperPlannedDays', days, writer)}
          >
            {t('paper.stock.saveDays')}
          </button>
        </div>
        <PrintJobStatus job={job} />
      </div>
      <div className="table-wrap">
        <table className="list">
          <thead>
            <tr>
              <th>{t('paper.stock.form')}</th>
              <th>{t('paper.stock.place')}</th>
              <th>{t('paper.stock.perDay')}</th>
              <th>{t('paper.stock.sheets')}</th>
              <th>{t('paper.stock.packs')}</th>
              <th>{t('paper.stock.toKeep')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.lines.map((line) => (
              <tr key={`${line.formId}-${line.place}`}>
                <td>
                  <Link to={`/paper/forms/${line.formId}`}>{line.title}</Link>
                </td>
                <td>{line.place}</td>
                <td className="paper-number">{n(line.formsPerDay)}</td>
                <td className="paper-number">{n(line.sheets)}</td>
                <td className="paper-number">{line.packs === null ? t('paper.stock.loose') : t('paper.stock.packsOf', { packs: n(line.packs), size: n(line.packSize) })}</td>
                <td className="paper-number">
                  <strong>{n(line.sheetsToKeep)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {plan.lines.length === 0 && <p className="muted">{t('paper.stock.empty')}</p>}
      {unused.length > 0 && <p className="muted">{t('paper.stock.unused', { titles: unused.map((f) => f.title).join(t('punct.list')) })}</p>}
    </section>
  );
}
