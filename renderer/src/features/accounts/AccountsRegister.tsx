import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { lastSealConfirmed } from '../../domain/accounts/misuse';
import { formatStoredDate } from '../../domain/date-text';
import { DemoBadge } from '../../workbook/DemoBadge';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { AccountAlerts } from './AccountAlerts';
import { RotationList } from './RotationList';
import { useAccountsData, useAccountViews } from './useAccountsData';

/** 非常用アカウント: the register, what needs attention in red, and the 復旧後の変更 list. */
export function AccountsRegister() {
  const { t, i18n } = useTranslation();
  const { canEdit } = useWorkbook();
  const data = useAccountsData();
  const viewed = useAccountViews(data);
  if (!data || !viewed) return null;
  const labels = new Map(viewed.views.map((v) => [v.account.id, v.label]));
  const contactName = (id: string) => data.contacts.find((c) => c.id === id)?.name ?? '—';
  return (
    <section className="accounts-page" aria-labelledby="accounts-heading">
      <h1 id="accounts-heading">{t('accounts.heading')}</h1>
      <p className="muted">{t('accounts.lead')}</p>
      <AccountAlerts alerts={viewed.alerts} labels={labels} testId="accounts-register-alerts" />
      {canEdit && (
        <div className="actions">
          <Link className="button" to="/accounts/new">
            {t('accounts.add')}
          </Link>
        </div>
      )}
      {viewed.views.length === 0 ? (
        <p>{t('accounts.none')}</p>
      ) : (
        <table className="list accounts-table" data-testid="accounts-table">
          <thead>
            <tr>
              <th>{t('accounts.list.system')}</th>
              <th>{t('accounts.list.account')}</th>
              <th>{t('accounts.list.state')}</th>
              <th>{t('accounts.list.storage')}</th>
              <th>{t('accounts.list.custodian')}</th>
              <th>{t('accounts.list.lastConfirmed')}</th>
            </tr>
          </thead>
          <tbody>
            {viewed.views.map((v) => (
              <tr key={v.account.id} className={v.alerts.length > 0 ? 'accounts-alert-row' : undefined}>
                <td>{data.systemNames.get(v.account.systemId) ?? '—'}</td>
                <td>
                  <Link to={`/accounts/${v.account.id}`}>{v.account.name}</Link> {v.account.demo && <DemoBadge />}
                  {v.alerts.length > 0 && <span className="badge systems-attention">{t('accounts.list.attention')}</span>}
                </td>
                <td>
                  <span className={`accounts-state accounts-state-${v.state}`}>{t(`accounts.state.${v.state}`)}</span>
                </td>
                <td>
                  {v.account.storagePlace}
                  <div className="muted">{v.account.sealNumber}</div>
                </td>
                <td>{contactName(v.account.custodianContactId)}</td>
                <td>{formatStoredDate(lastSealConfirmed(v.account, v.events), i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RotationList data={data} labels={labels} />
    </section>
  );
}
