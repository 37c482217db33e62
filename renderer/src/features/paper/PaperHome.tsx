import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../ui/Notice';
import { DemoBadge } from '../../workbook/DemoBadge';
import { PrintJobStatus } from '../../workbook/print/PrintJobStatus';
import { usePrintJob } from '../../workbook/print/usePrintJob';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { KitQuantityFields, useKitQuantity } from './KitControls';
import { LevelBadge } from './LevelBadge';
import { usePaperData } from './usePaperData';
import { usePaperPrint } from './usePaperPrint';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';

/** 紙運用・帳票: every department's procedures and forms, and its downtime kit, one click from the home tile. */
export function PaperHome() {
  const { t } = useTranslation();
  const { canEdit } = useWorkbook();
  const data = usePaperData();
  const job = usePrintJob();
  const print = usePaperPrint(job, data);
  const quantity = useKitQuantity();
  if (!data) return null;
  const shared = data.forms.filter((f) => f.department === '');
  const known = new Set(data.departments);
  const extra = [...new Set([...data.procedures.map((p) => p.department), ...data.forms.map((f) => f.department)])].filter((d) => d && !known.has(d));

  return (
    <section aria-labelledby="paper-heading">
      <h1 id="paper-heading">{t('paper.heading')}</h1>
      <p>{t('paper.lead')}</p>
      <ReadOnlyNotice />
      <div className="actions paper-toolbar">
        {canEdit && (
          <>
            <Link className="button" to="/paper/procedures/new">
              {t('paper.procedure.add')}
            </Link>
            <Link className="button" to="/paper/forms/new">
              {t('paper.form.add')}
            </Link>
          </>
        )}
        <Link className="button secondary" to="/paper/stock">
          {t('paper.stock.heading')}
        </Link>
      </div>

      <div className="card">
        <h2>{t('paper.kit.heading')}</h2>
        <p className="muted">{t('paper.kit.lead')}</p>
        <KitQuantityFields state={quantity} />
        <div className="actions">
          <button type="button" className="button" disabled={job.busy || !quantity.valid} onClick={() => void print.printKit('all', quantity.quantity)}>
            {t('paper.kit.printHospital')}
          </button>
        </div>
        {print.numbersBlank && <p className="muted">{t('paper.print.numbersBlank')}</p>}
        {print.problem && <Notice tone="error">{print.problem}</Notice>}
        <PrintJobStatus job={job} />
      </div>

      <div className="paper-departments">
        {[...data.departments, ...extra].map((department) => {
          const procedures = data.procedures.filter((p) => p.department === department);
          const forms = data.forms.filter((f) => f.department === department);
          return (
            <article key={department} className="card paper-department" aria-labelledby={`dept-${department}`} data-testid={`paper-department-${department}`}>
              <h2 id={`dept-${department}`}>{department}</h2>
              <h3>{t('paper.procedure.list')}</h3>
              {procedures.length === 0 ? (
                <p className="muted">{t('paper.procedure.none')}</p>
              ) : (
                <ul className="paper-links">
                  {procedures.map((p) => (
                    <li key={p.id}>
                      <Link to={`/paper/procedures/${p.id}`}>{p.title}</Link> <LevelBadge level={p.level} levels={data.levels} /> {p.demo && <DemoBadge />}
                    </li>
                  ))}
                </ul>
              )}
              <h3>{t('paper.form.list')}</h3>
              {forms.length === 0 ? (
                <p className="muted">{t('paper.form.none')}</p>
              ) : (
                <ul className="paper-links">
                  {forms.map((f) => (
                    <li key={f.id}>
                      <Link to={`/paper/forms/${f.id}`}>{f.title}</Link> {f.demo && <DemoBadge />}
                    </li>
                  ))}
                </ul>
              )}
              <div className="actions">
                <button
                  type="button"
                  className="button secondary"
                  disabled={job.busy || !quantity.valid}
                  onClick={() => void print.printKit(department, quantity.quantity)}
                >
                  {t('paper.kit.printDepartment', { department })}
                </button>
              </div>
            </article>
          );
        })}
        <article className="card paper-department" aria-labelledby="dept-shared">
          <h2 id="dept-shared">{t('paper.allDepartments')}</h2>
          <p className="muted">{t('paper.form.sharedHint')}</p>
          {shared.length === 0 ? (
            <p className="muted">{t('paper.form.none')}</p>
          ) : (
            <ul className="paper-links">
              {shared.map((f) => (
                <li key={f.id}>
                  <Link to={`/paper/forms/${f.id}`}>{f.title}</Link>
                </li>
              ))}
            </ul>
          )}
        </article>
      </div>
    </section>
  );
}
