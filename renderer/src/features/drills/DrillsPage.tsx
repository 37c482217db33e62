import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { drillState } from '../../domain/drills/drill';
import { formatStoredDate } from '../../domain/date-text';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { DrillDueLine } from './DrillDueLine';
import { useDrillDue } from './useDrillDue';

/** 訓練: when the next one is due, and every drill, newest first. */
export function DrillsPage() {
  const { t, i18n } = useTranslation();
  const { db, canEdit } = useWorkbook();
  const drills = useLiveQuery(() => db.drills.orderBy('scheduledFor').reverse().toArray(), [db]);
  const due = useDrillDue();
  if (!drills || !due) return null;
  return (
    <section aria-labelledby="drills-heading">
      <h1 id="drills-heading">{t('drills.heading')}</h1>
      <p>{t('drills.lead')}</p>
      <ReadOnlyNotice />
      <p className={due.state === 'ok' ? 'banner ok' : 'banner systems-warn'} role="status" data-testid="drill-due">
        <DrillDueLine due={due} />
      </p>
      {canEdit && (
        <div className="actions">
          <Link className="button" to="/drills/new">
            {t('drills.add')}
          </Link>
        </div>
      )}
      {drills.length === 0 ? (
        <p>{t('drills.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="list" data-testid="drills-list">
            <thead>
              <tr>
                <th>{t('drills.list.date')}</th>
                <th>{t('drills.list.title')}</th>
                <th>{t('drills.list.kind')}</th>
                <th>{t('drills.list.state')}</th>
                <th>{t('drills.list.findings')}</th>
                <th>{t('drills.list.approval')}</th>
              </tr>
            </thead>
            <tbody>
              {drills.map((d) => (
                <tr key={d.id}>
                  <td>{formatStoredDate(d.heldOn || d.scheduledFor, i18n.language)}</td>
                  <td>
                    <Link to={`/drills/${d.id}`}>{d.title}</Link>
                  </td>
                  <td>{t(`drills.kind.${d.kind}`)}</td>
                  <td>{t(`drills.state.${drillState(d)}`)}</td>
                  <td>{d.findings.length}</td>
                  <td>{d.approval ? t('drills.list.approved', { date: formatStoredDate(d.approval.approvedOn, i18n.language) }) : t('drills.list.notApproved')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
