import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMonthDayTime } from '../../domain/date-text';
import { incidentParts, type Incident } from '../../domain/incidents/incident';
import { nextSituationReportAt } from '../../domain/incidents/situation-report';
import { Notice } from '../../ui/Notice';
import { PrintButton } from '../../workbook/print/PrintButton';
import { useMakeSituationReport } from './useMakeSituationReport';

/** 状況報告 to management (R5) every N hours: when the next is due, and a PDF that records when it was made. */
export function SituationPanel({ incident, now }: { incident: Incident; now: Date }) {
  const { t, i18n } = useTranslation();
  const { make, change } = useMakeSituationReport(incident);
  const parts = incidentParts(incident);
  const [hours, setHours] = useState(String(parts.situationReportHours));
  const [error, setError] = useState<string | null>(null);
  const next = nextSituationReportAt(incident.discoveredAt, parts.situationReports, parts.situationReportHours);
  const due = incident.status === 'active' && next.getTime() <= now.getTime();
  const saveHours = () => {
    const n = Number(hours);
    if (!Number.isInteger(n) || n < 1 || n > 72) return setError(t('incidents.validation.hours'));
    setError(null);
    void change.apply((i) => ({ ...i, situationReportHours: n }), [{ what: `状況報告の間隔を ${n} 時間に変更` }]);
  };
  return (
    <section aria-labelledby="situation-heading">
      <h2 id="situation-heading">{t('incidents.tabs.situation')}</h2>
      {change.failure && <Notice tone="error">{change.failure}</Notice>}
      {incident.status === 'active' && (
        <p data-testid="situation-next">
          {due ? <strong className="systems-warning-strong">{t('incidents.situation.due', { time: formatMonthDayTime(next.toISOString(), i18n.language) })}</strong> : t('incidents.situation.next', { time: formatMonthDayTime(next.toISOString(), i18n.language) })}
        </p>
      )}
      <div className="incidents-inline">
        <label>
          {t('incidents.situation.every')}{' '}
          <input type="number" min={1} max={72} value={hours} disabled={!change.mayChange} onChange={(e) => setHours(e.target.value)} aria-invalid={error ? true : undefined} />{' '}
          {t('incidents.situation.hours')}
        </label>
        {change.mayChange && (
          <button type="button" className="button secondary" onClick={saveHours}>
            {t('incidents.save')}
          </button>
        )}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <PrintButton
          primary
          label={change.mayChange ? t('incidents.situation.make') : t('incidents.situation.preview')}
          prepare={make}
        />
      </div>
      <h3>{t('incidents.situation.history')}</h3>
      {parts.situationReports.length === 0 ? (
        <p className="muted">{t('incidents.situation.none')}</p>
      ) : (
        <ul>
          {[...parts.situationReports].reverse().map((at) => (
            <li key={at}>{formatDateTime(at, i18n.language)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
