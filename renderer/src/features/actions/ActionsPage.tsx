import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { actionStatuses } from '../../domain/actions/follow-up-action';
import { ACTION_DUE_SOON_DAYS, dueState, emptyActionFilter, matchesActionFilter, sourceArea, type ActionFilter } from '../../domain/actions/action-rules';
import { addDays } from '../../base/local-date';
import { formatStoredDate } from '../../domain/date-text';
import { PrintButton } from '../../workbook/print/PrintButton';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { useToday } from '../../workbook/useToday';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { hrefOf } from './record-links';
import { useActionPrints } from './useActionPrints';
import { useActions, useContactsByName } from './useActionsData';

/** The filter a link asked for (`/actions?overdue=1`, `?status=done`, `?source=drills`). */
function filterFromParams(params: URLSearchParams): ActionFilter {
  const status = params.get('status') ?? '';
  return {
    ...emptyActionFilter,
    ...(params.has('status') && (status === '' || (actionStatuses as readonly string[]).includes(status)) ? { status: status as ActionFilter['status'] } : {}),
    overdueOnly: params.get('overdue') === '1',
    source: params.get('source') ?? '',
  };
}

/** 対応事項: one list for every follow-up, with filters (status, owner, overdue, where it came from) and its print. */
export function ActionsPage() {
  const { t, i18n } = useTranslation();
  const { canEdit } = useWorkbook();
  const [params] = useSearchParams();
  const [filter, setFilter] = useState<ActionFilter>(() => filterFromParams(params));
  const actions = useActions();
  const contacts = useContactsByName();
  const today = useToday();
  const prints = useActionPrints();
  const names = useMemo(() => new Map((contacts ?? []).map((c) => [c.id, c.name])), [contacts]);
  const shown = useMemo(() => (actions ?? []).filter((a) => matchesActionFilter(a, filter, today)), [actions, filter, today]);
  const sources = useMemo(() => [...new Set((actions ?? []).map(sourceArea))].sort(), [actions]);
  if (!actions || !contacts) return null;
  const soon = addDays(today, ACTION_DUE_SOON_DAYS);
  const update = (patch: Partial<ActionFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const sourceName = (area: string) => t(`actions.source.${area}`, { defaultValue: area });

  return (
    <section aria-labelledby="actions-heading">
      <h1 id="actions-heading">{t('actions.heading')}</h1>
      <p>{t('actions.lead')}</p>
      <ReadOnlyNotice />
      <div className="actions">
        {canEdit && (
          <Link className="button" to="/actions/new">
            {t('actions.add')}
          </Link>
        )}
        <PrintButton label={t('actions.print.filtered')} prepare={() => prints.list(shown, filter)} />
      </div>
      <div className="card audit-filters" role="search">
        <div className="field">
          <label htmlFor="actions-filter-status">{t('actions.filter.status')}</label>
          <select id="actions-filter-status" value={filter.status} onChange={(e) => update({ status: e.target.value as ActionFilter['status'] })}>
            <option value="openAll">{t('actions.filter.openAll')}</option>
            <option value="">{t('actions.filter.all')}</option>
            {actionStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`actions.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="actions-filter-owner">{t('actions.filter.owner')}</label>
          <select id="actions-filter-owner" value={filter.ownerContactId} onChange={(e) => update({ ownerContactId: e.target.value })}>
            <option value="">{t('actions.filter.anyOwner')}</option>
            {contacts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="actions-filter-source">{t('actions.filter.source')}</label>
          <select id="actions-filter-source" value={filter.source} onChange={(e) => update({ source: e.target.value })}>
            <option value="">{t('actions.filter.anySource')}</option>
            {sources.map((s) => (
              <option key={s} value={s}>
                {sourceName(s)}
              </option>
            ))}
          </select>
        </div>
        <label className="systems-check">
          <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => update({ overdueOnly: e.target.checked })} /> {t('actions.filter.overdue')}
        </label>
        <p className="muted" aria-live="polite">
          {t('actions.filter.count', { shown: shown.length, total: actions.length })}
        </p>
      </div>
      {shown.length === 0 ? (
        <p>{t('actions.filter.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="list" data-testid="actions-list">
            <thead>
              <tr>
                <th>{t('actions.list.title')}</th>
                <th>{t('actions.list.owner')}</th>
                <th>{t('actions.list.due')}</th>
                <th>{t('actions.list.status')}</th>
                <th>{t('actions.list.source')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => {
                const due = dueState(a, today, soon);
                return (
                  <tr key={a.id}>
                    <td>
                      <Link to={`/actions/${a.id}`}>{a.title}</Link>
                    </td>
                    <td>{names.get(a.ownerContactId) ?? '—'}</td>
                    <td>
                      {formatStoredDate(a.dueDate, i18n.language)}
                      {(due === 'overdue' || due === 'dueToday' || due === 'dueSoon') && <div className={due === 'overdue' ? 'systems-warning-strong' : 'muted'}>{t(`actions.due.${due}`)}</div>}
                    </td>
                    <td>
                      {t(`actions.status.${a.status}`)}
                      {a.status === 'deferred' && a.statusReason && <div className="muted systems-small">{a.statusReason}</div>}
                    </td>
                    <td>{a.source ? <Link to={hrefOf(a.source)}>{`${sourceName(a.source.area)}${a.source.label ? t('punct.colon') + a.source.label : ''}`}</Link> : sourceName('manual')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
