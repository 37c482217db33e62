import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMonthDayTime } from '../../domain/date-text';
import { incidentParts, incidentReportLines, type Incident } from '../../domain/incidents/incident';
import type { ReportRule } from '../../domain/incidents/reports';
import { nextOpenSteps } from '../../domain/incidents/response-steps';
import { situationReminder } from '../../domain/incidents/situation-report';
import { PrintButton } from '../../workbook/print/PrintButton';
import { PrintJobStatus } from '../../workbook/print/PrintJobStatus';
import { usePrintJob, type PrintJob } from '../../workbook/print/usePrintJob';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { IncidentTitle } from './IncidentTitle';
import { useActiveIncident, useElapsedText, useMinuteClock, useReportRules } from './useIncidents';
import { useMakeSituationReport } from './useMakeSituationReport';

/** What is overdue or next for the active incident: shared by the emergency home and the top bar. */
export function incidentAttention(incident: Incident, rules: readonly ReportRule[], now: Date) {
  const parts = incidentParts(incident);
  const overdue = incidentReportLines(rules, incident, now).filter((l) => l.state === 'overdue');
  return { next: nextOpenSteps(parts.steps, 3), overdue, situation: situationReminder(incident, parts, now) };
}

/**
 * The emergency home: the active incident on top with its elapsed time, next open steps, overdue reports and a due
 * situation report (made from here in one click); with none active, the button that declares one (the first of the
 * two clicks).
 */
export function ActiveIncidentNotice() {
  const { t } = useTranslation();
  const { canEdit } = useWorkbook();
  const incident = useActiveIncident();
  const now = useMinuteClock();
  const elapsed = useElapsedText();
  const { rules } = useReportRules();
  // The print job outlives the reminder: once the report is recorded the reminder goes, and the PDF's progress stays.
  const job = usePrintJob();
  if (incident === undefined) return null;
  if (incident === null) {
    return canEdit ? (
      <div className="incidents-home-declare">
        <Link className="button danger" to="/incidents/new" data-testid="home-declare">
          {t('incidents.home.declare')}
        </Link>
        <span className="muted">{t('incidents.home.declareHint')}</span>
      </div>
    ) : null;
  }
  const { next, overdue, situation } = incidentAttention(incident, rules, now);
  return (
    <section className={`card incidents-home${incident.exercise ? ' exercise' : ''}`} aria-labelledby="home-incident" data-testid="home-incident">
      <h2 id="home-incident">
        {t('incidents.home.active')} <IncidentTitle incident={incident} />
      </h2>
      <p>
        {t('incidents.elapsedLabel')}: <strong>{elapsed(incident.discoveredAt, now)}</strong>
      </p>
      {next.length > 0 && (
        <div>
          {t('incidents.home.nextSteps')}
          <ol className="incidents-home-steps">
            {next.map((s) => (
              <li key={s.key}>{s.title}</li>
            ))}
          </ol>
        </div>
      )}
      {overdue.length > 0 && (
        <p className="error" data-testid="home-overdue">
          {t('incidents.home.overdue', { names: overdue.map((o) => o.rule.body).join(t('punct.list')) })}
        </p>
      )}
      {situation?.due && <SituationDue incident={incident} dueAt={situation.dueAt} job={job} />}
      <PrintJobStatus job={job} />
      <div className="actions">
        <Link className="button" to={`/incidents/${incident.id}`}>
          {t('incidents.home.open')}
        </Link>
        {canEdit && (
          <Link className="button secondary" to="/incidents/new">
            {t('incidents.home.declareAnother')}
          </Link>
        )}
      </div>
    </section>
  );
}

/** The due 状況報告, with the button that makes it (and records that it was made) right here. */
function SituationDue({ incident, dueAt, job }: { incident: Incident; dueAt: Date; job: PrintJob }) {
  const { t, i18n } = useTranslation();
  const { make, change } = useMakeSituationReport(incident);
  return (
    <div className="incidents-home-situation" role="status" data-testid="home-situation-due">
      <p className="error">{t('incidents.home.situationDue', { time: formatMonthDayTime(dueAt.toISOString(), i18n.language) })}</p>
      {change.failure && <p className="error">{change.failure}</p>}
      <PrintButton job={job} primary label={change.mayChange ? t('incidents.situation.make') : t('incidents.situation.preview')} prepare={make} />
    </div>
  );
}

/** The top bar, whatever screen is open: the active incident with its elapsed time and what is overdue. */
export function ActiveIncidentBadge() {
  const { t } = useTranslation();
  const incident = useActiveIncident();
  const now = useMinuteClock();
  const elapsed = useElapsedText();
  const { rules } = useReportRules();
  if (!incident) return null;
  const { overdue, situation } = incidentAttention(incident, rules, now);
  const alerts = overdue.length + (situation?.due ? 1 : 0);
  return (
    <>
      <Link to={`/incidents/${incident.id}`} className={`incidents-top-bar${alerts > 0 ? ' alert' : ''}`} data-testid="top-bar-incident">
        {incident.exercise ? `${t('incidents.exercise')} ` : ''}
        {t(`incidents.kind.${incident.kind}`)} {elapsed(incident.discoveredAt, now)}
        {alerts > 0 && ` · ${t('incidents.topBar.alerts', { count: alerts })}`}
      </Link>
      {situation?.due && (
        <Link to={`/incidents/${incident.id}?tab=situation`} className="incidents-top-bar alert" data-testid="top-bar-situation-due">
          {t('incidents.topBar.situationDue')}
        </Link>
      )}
    </>
  );
}
