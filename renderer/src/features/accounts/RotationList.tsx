import { useTranslation } from 'react-i18next';
import { rotationByIncident } from '../../domain/accounts/rotation';
import { formatDateTime } from '../../domain/date-text';
import { incidentLabel } from '../../domain/incidents/incident';
import type { AccountsData } from './useAccountsData';

/**
 * 復旧後の変更: per incident or drill, the accounts opened during it and not yet changed and resealed or retired, with
 * the sentence the incident's closing check gives (feature.tsx registers the same rule as its incidentCloseCheck).
 */
export function RotationList({ data, labels }: { data: AccountsData; labels: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation();
  const pending = [...rotationByIncident(data.events)];
  return (
    <div className="card" data-testid="accounts-rotation">
      <h2>{t('accounts.rotation.heading')}</h2>
      <p className="muted">{t('accounts.rotation.lead')}</p>
      {pending.length === 0 ? (
        <p>{t('accounts.rotation.none')}</p>
      ) : (
        <ul>
          {pending.map(([incidentId, accountIds]) => {
            const incident = data.incidents.find((i) => i.id === incidentId);
            const names = accountIds.map((id) => labels.get(id) ?? id).sort((a, b) => a.localeCompare(b, 'ja'));
            return (
              <li key={incidentId} data-testid={`rotation-${incidentId}`}>
                <strong>{incident ? incidentLabel(incident, (iso) => formatDateTime(iso, i18n.language)) : t('accounts.rotation.unknownIncident')}</strong>
                {incident?.status === 'closed' && t('punct.parens', { text: t('accounts.event.closed') })}
                <div className="accounts-danger">{t('accounts.closeCheck.pending', { names: names.join(t('punct.list')) })}</div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
