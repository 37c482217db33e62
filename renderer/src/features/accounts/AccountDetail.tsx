import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { removeAccount } from '../../db/accounts-store';
import type { AccountEvent, AccountEventKind } from '../../domain/accounts/account-event';
import { allowedEventKinds } from '../../domain/accounts/account-state';
import { lastSealConfirmed } from '../../domain/accounts/misuse';
import { formatDateTime, formatStoredDate } from '../../domain/date-text';
import { incidentLabel } from '../../domain/incidents/incident';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Markup } from '../../ui/Markup';
import { Notice } from '../../ui/Notice';
import { DemoBadge } from '../../workbook/DemoBadge';
import { useRegistry } from '../../workbook/registry';
import { deletePlanText, useDeletePlan } from '../../workbook/useDeletePlan';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { AccountAlerts } from './AccountAlerts';
import { EventForm } from './EventForm';
import { useAccountsData, useAccountViews, type AccountsData } from './useAccountsData';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children || '—'}</dd>
    </>
  );
}

/** One account: its fields, state, what needs attention, the ledger, and the buttons for the events its state allows. */
export function AccountDetail() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const { db, canEdit, writer } = useWorkbook();
  const navigate = useNavigate();
  const storageMessage = useStorageErrorMessage();
  const { references } = useRegistry();
  const data = useAccountsData();
  const viewed = useAccountViews(data);
  const deletePlan = useDeletePlan('emergencyAccounts', id);
  const [recording, setRecording] = useState<{ kind: AccountEventKind; reviewOf?: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (!data || !viewed) return null;
  const view = viewed.views.find((v) => v.account.id === id);
  if (!view) {
    return (
      <section>
        <Notice tone="error">{t('accounts.notFound')}</Notice>
        <Link to="/accounts">← {t('accounts.backToList')}</Link>
      </section>
    );
  }
  const { account } = view;
  const custodian = data.contacts.find((c) => c.id === account.custodianContactId);
  const active = data.incidents.filter((i) => i.status === 'active');
  const activeIncidentId = (active.find((i) => !i.exercise) ?? active[0])?.id ?? '';
  const deleteDetails = deletePlanText(t, deletePlan);

  return (
    <section className="accounts-page" aria-labelledby="account-heading">
      <p>
        <Link to="/accounts">← {t('accounts.backToList')}</Link>
      </p>
      <h1 id="account-heading">
        {view.label} {account.demo && <DemoBadge />}
      </h1>
      <p>
        {t('accounts.field.state')}：
        <strong className={`accounts-state accounts-state-${view.state}`} data-testid="account-state">
          {t(`accounts.state.${view.state}`)}
        </strong>
      </p>
      <AccountAlerts alerts={view.alerts} labels={new Map([[account.id, view.label]])} linked={false} testId="account-alerts" />
      {canEdit && view.alerts.some((a) => a.eventId) && (
        <div className="actions">
          {view.alerts
            .filter((a) => a.eventId)
            .map((a) => (
              <button key={a.eventId} type="button" className="button danger" onClick={() => setRecording({ kind: 'reviewed', reviewOf: a.eventId })}>
                {t('accounts.alerts.review')}（{formatStoredDate(a.since, i18n.language)}）
              </button>
            ))}
        </div>
      )}
      {canEdit && view.state !== 'retired' && (
        <div className="actions accounts-toolbar">
          <span>{t('accounts.detail.record')}</span>
          {allowedEventKinds(view.state).map((kind) => (
            <button key={kind} type="button" className={kind === 'retired' ? 'button secondary' : 'button'} onClick={() => setRecording({ kind })}>
              {t(`accounts.eventKind.${kind}`)}
            </button>
          ))}
        </div>
      )}
      {recording && (
        <EventForm
          key={`${recording.kind}-${recording.reviewOf ?? ''}`}
          accountId={account.id}
          kind={recording.kind}
          reviewOf={recording.reviewOf}
          incidents={data.incidents}
          activeIncidentId={activeIncidentId}
          onDone={() => setRecording(null)}
        />
      )}

      <div className="card">
        <dl className="systems-dl">
          <Row label={t('accounts.field.system')}>{data.systemNames.get(account.systemId)}</Row>
          <Row label={t('accounts.field.name')}>{account.name}</Row>
          <Row label={t('accounts.field.scope')}>{account.scope}</Row>
          <Row label={t('accounts.field.purpose')}>{account.purpose}</Row>
          <Row label={t('accounts.field.storagePlace')}>{account.storagePlace}</Row>
          <Row label={t('accounts.field.sealNumber')}>{account.sealNumber}</Row>
          <Row label={t('accounts.field.lastConfirmed')}>{formatStoredDate(lastSealConfirmed(account, view.events), i18n.language)}</Row>
          <Row label={t('accounts.field.custodian')}>{custodian ? [custodian.name, custodian.department, custodian.role].filter(Boolean).join(' ') : ''}</Row>
          <Row label={t('accounts.field.openers')}>{account.openers}</Row>
          <Row label={t('accounts.field.notes')}>{account.notes}</Row>
        </dl>
        {canEdit && (
          <div className="actions">
            <Link className="button secondary" to={`/accounts/${account.id}/edit`}>
              {t('accounts.edit')}
            </Link>
            <ConfirmButton
              label={t('common.delete')}
              question={deleteDetails ? t('accounts.deleteConfirmReferences', { name: account.name, details: deleteDetails }) : t('accounts.deleteConfirm', { name: account.name })}
              blocked={deletePlan?.refused}
              onConfirm={() =>
                void removeAccount(db, references, account.id, writer)
                  .then(() => navigate('/accounts'))
                  .catch((e: unknown) => setFailure(storageMessage(e)))
              }
            />
          </div>
        )}
        {failure && <Notice tone="error">{failure}</Notice>}
      </div>
      <div className="card">
        <h2>{t('accounts.field.procedure')}</h2>
        <Markup text={account.procedure} empty="—" />
      </div>
      <div className="card">
        <h2>{t('accounts.detail.ledger')}</h2>
        <Ledger events={view.events} data={data} />
      </div>
    </section>
  );
}

function Ledger({ events, data }: { events: readonly AccountEvent[]; data: AccountsData }) {
  const { t, i18n } = useTranslation();
  if (events.length === 0) return <p className="muted">{t('accounts.detail.ledgerEmpty')}</p>;
  const incidentText = (incidentId: string) => {
    if (!incidentId) return t('accounts.detail.noIncident');
    const incident = data.incidents.find((i) => i.id === incidentId);
    return incident ? incidentLabel(incident, (iso) => formatDateTime(iso, i18n.language)) : t('accounts.rotation.unknownIncident');
  };
  const what = (e: AccountEvent) =>
    [
      e.kind === 'sealCheck' ? t(e.sealIntact ? 'accounts.detail.intact' : 'accounts.detail.broken') : '',
      e.detail,
      e.witness && `${t('accounts.event.witness')}${t('punct.colon')}${e.witness}`,
      e.newSealNumber && `${t('accounts.event.newSealNumber')}${t('punct.colon')}${e.newSealNumber}`,
      e.changedBy && `${t('accounts.event.changedBy')}${t('punct.colon')}${e.changedBy}`,
    ]
      .filter(Boolean)
      .join(' / ');
  return (
    <table className="list" data-testid="account-ledger">
      <thead>
        <tr>
          <th>{t('accounts.detail.at')}</th>
          <th>{t('accounts.detail.kind')}</th>
          <th>{t('accounts.detail.who')}</th>
          <th>{t('accounts.detail.what')}</th>
          <th>{t('accounts.detail.incident')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id} className={(e.kind === 'opened' && !e.incidentId) || (e.kind === 'sealCheck' && !e.sealIntact) ? 'accounts-alert-row' : undefined}>
            <td>{formatDateTime(e.at, i18n.language)}</td>
            <td>{t(`accounts.eventKind.${e.kind}`)}</td>
            <td>{e.who}</td>
            <td>{what(e)}</td>
            <td>{e.kind === 'sealCheck' || e.kind === 'reviewed' ? '' : incidentText(e.incidentId)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
