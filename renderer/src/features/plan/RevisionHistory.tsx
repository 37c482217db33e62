import { useTranslation } from 'react-i18next';
import type { PlanVersion } from '../../domain/plan/plan-version';
import { PrintButton } from '../../workbook/print/PrintButton';
import { usePlanPrints } from './usePlanPrints';

/** 改訂履歴: every version, newest first, with its approval; superseded versions are history and never edited. */
export function RevisionHistory({ history }: { history: readonly PlanVersion[] }) {
  const { t } = useTranslation();
  const prints = usePlanPrints();
  if (history.length === 0) return null;
  return (
    <section className="card" aria-labelledby="plan-history-heading">
      <h2 id="plan-history-heading">{t('plan.history.heading')}</h2>
      <table className="table" data-testid="plan-history">
        <thead>
          <tr>
            <th>{t('plan.history.version')}</th>
            <th>{t('plan.history.status')}</th>
            <th>{t('plan.history.date')}</th>
            <th>{t('plan.history.summary')}</th>
            <th>{t('plan.history.approver')}</th>
            <th>{t('plan.history.reference')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((v) => (
            <tr key={v.id}>
              <td>{t('plan.versionLabel', { version: v.version })}</td>
              <td>{t(`plan.status.${v.status}`)}</td>
              <td>{v.approval?.approvedOn ?? '—'}</td>
              <td>{v.summary}</td>
              <td>{v.approval ? `${v.approval.approverName}${v.approval.approverRole ? `（${v.approval.approverRole}）` : ''}` : '—'}</td>
              <td>{v.approval?.reference ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <PrintButton label={t('plan.printHistory')} prepare={() => prints.history()} />
      </div>
    </section>
  );
}
