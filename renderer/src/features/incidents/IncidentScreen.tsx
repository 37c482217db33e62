import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatDateTime } from '../../domain/date-text';
import type { Incident } from '../../domain/incidents/incident';
import { PrintButton } from '../../workbook/print/PrintButton';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { Notice } from '../../ui/Notice';
import { ClosePanel } from './ClosePanel';
import { IncidentTitle } from './IncidentTitle';
import { ReportsPanel } from './ReportsPanel';
import { SituationPanel } from './SituationPanel';
import { StatusBoard } from './StatusBoard';
import { StepsPanel } from './StepsPanel';
import { TimelinePanel } from './TimelinePanel';
import { useElapsedText, useEmergencyLevels, useMinuteClock } from './useIncidents';
import { useIncidentPrints } from './useIncidentPrints';

const tabs = ['steps', 'board', 'reports', 'timeline', 'situation', 'close'] as const;
type Tab = (typeof tabs)[number];

export function IncidentScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { db } = useWorkbook();
  const incident = useLiveQuery(async () => (await db.incidents.get(id)) ?? null, [db, id]);
  if (incident === undefined) return null;
  if (incident === null) return <p>{t('incidents.notFound')}</p>;
  return <IncidentView incident={incident} />;
}

function IncidentView({ incident }: { incident: Incident }) {
  const { t, i18n } = useTranslation();
  const { writer } = useWorkbook();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (tabs as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'steps';
  const now = useMinuteClock();
  const elapsed = useElapsedText();
  const levels = useEmergencyLevels();
  const prints = useIncidentPrints();
  const level = levels?.find((l) => l.id === incident.level)?.name ?? incident.level;
  return (
    <section aria-labelledby="incident-heading" className={`incidents-page${incident.exercise ? ' exercise' : ''}`}>
      <p>
        <Link to="/incidents">← {t('incidents.backToList')}</Link>
      </p>
      <h1 id="incident-heading">
        <IncidentTitle incident={incident} />
      </h1>
      <div className="card incidents-summary" data-testid="incident-summary">
        <span>
          {t('incidents.fields.status')}: <strong data-testid="incident-status">{t(`incidents.status.${incident.status}`)}</strong>
        </span>
        <span>
          {t('incidents.fields.level')}: <strong>{level}</strong>
        </span>
        <span>
          {t('incidents.fields.discoveredAt')}: <strong>{formatDateTime(incident.discoveredAt, i18n.language)}</strong>
        </span>
        <span>
          {incident.status === 'active' ? t('incidents.elapsedLabel') : t('incidents.fields.closedAt')}:{' '}
          <strong>{incident.status === 'active' ? elapsed(incident.discoveredAt, now) : formatDateTime(incident.closedAt ?? '', i18n.language)}</strong>
        </span>
        <PrintButton label={t('incidents.print.record')} prepare={() => prints.record(incident.id)} />
      </div>
      {incident.status === 'active' && !writer.actor && <Notice tone="error">{t('incidents.needUser')}</Notice>}
      <ReadOnlyNotice />
      <nav className="incidents-tabs" aria-label={t('incidents.tabs.label')}>
        {tabs.map((key) => (
          <button
            key={key}
            type="button"
            className={key === tab ? 'button' : 'button secondary'}
            aria-current={key === tab ? 'page' : undefined}
            data-testid={`tab-${key}`}
            onClick={() => setParams({ tab: key }, { replace: true })}
          >
            {t(`incidents.tabs.${key}`)}
          </button>
        ))}
      </nav>
      {tab === 'steps' && <StepsPanel incident={incident} />}
      {tab === 'board' && <StatusBoard incident={incident} />}
      {tab === 'reports' && <ReportsPanel incident={incident} now={now} />}
      {tab === 'timeline' && <TimelinePanel incident={incident} />}
      {tab === 'situation' && <SituationPanel incident={incident} now={now} />}
      {tab === 'close' && <ClosePanel incident={incident} />}
    </section>
  );
}
