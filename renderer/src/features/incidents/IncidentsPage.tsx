import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../domain/date-text';
import { incidentParts } from '../../domain/incidents/incident';
import { isOpenStep } from '../../domain/incidents/response-steps';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { DemoBadge } from '../../workbook/DemoBadge';
import { IncidentTitle } from './IncidentTitle';
import { useIncidentList } from './useIncidents';

/** インシデント対応: every incident and drill, active first; declare a new one from here or from the emergency home. */
export function IncidentsPage() {
  const { t, i18n } = useTranslation();
  const { canEdit } = useWorkbook();
  const incidents = useIncidentList();
  if (!incidents) return null;
  const sorted = [...incidents].sort((a, b) => (a.status === b.status ? 0 : a.status === 'active' ? -1 : 1));
  return (
    <section aria-labelledby="incidents-heading" className="incidents-page">
      <h1 id="incidents-heading">{t('incidents.heading')}</h1>
      <p>{t('incidents.lead')}</p>
      <ReadOnlyNotice />
      {canEdit && (
        <p>
          <Link className="button danger" to="/incidents/new" data-testid="declare">
            {t('incidents.home.declare')}
          </Link>
        </p>
      )}
      {sorted.length === 0 ? (
        <p className="muted">{t('incidents.none')}</p>
      ) : (
        <ul className="incidents-list">
          {sorted.map((i) => {
            const steps = incidentParts(i).steps;
            return (
              <li key={i.id} className="card">
                <Link to={`/incidents/${i.id}`}>
                  <IncidentTitle incident={i} />
                </Link>{' '}
                {i.demo && <DemoBadge />} <span className={`badge incidents-state ${i.status}`}>{t(`incidents.status.${i.status}`)}</span>
                <div className="muted">
                  {t('incidents.steps.progress', { done: steps.filter((s) => !isOpenStep(s)).length, total: steps.length })}
                  {i.closedAt && ` · ${t('incidents.fields.closedAt')} ${formatDateTime(i.closedAt, i18n.language)}`}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
