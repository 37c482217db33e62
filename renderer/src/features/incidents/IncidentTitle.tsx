import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../domain/date-text';
import type { Incident } from '../../domain/incidents/incident';

/** 「[訓練] ランサムウェア疑い 令和8年11月3日 02:10」: a drill is marked wherever an incident is named. */
export function IncidentTitle({ incident }: { incident: Pick<Incident, 'kind' | 'exercise' | 'discoveredAt'> }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {incident.exercise && <span className="badge incidents-exercise">{t('incidents.exercise')}</span>} {t(`incidents.kind.${incident.kind}`)}{' '}
      <span className="muted">{formatDateTime(incident.discoveredAt, i18n.language)}</span>
    </>
  );
}
