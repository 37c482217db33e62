import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { restoreOrder } from '../../domain/systems/restore-order';
import { prerequisitesBySystem, totalExpectedMinutes, type Runbook } from '../../domain/systems/runbook';
import { runState } from '../../domain/systems/runbook-run';
import type { InventorySystem } from '../../domain/systems/system';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { hoursLabel, minutesLabel } from './format';
import { formatMonthDayTime } from '../../domain/date-text';
import { PrintButton } from '../../workbook/print/PrintButton';
import { SystemsNav } from './SystemsNav';
import { useRunbooks, useSystems } from './useSystemsData';
import { useSystemsPrints } from './useSystemsPrints';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';

function RunbookLinks({ books }: { books: readonly Runbook[] }) {
  const { t } = useTranslation();
  if (books.length === 0) return <span className="muted">{t('systems.runbook.noneShort')}</span>;
  return (
    <>
      {books.map((r) => (
        <div key={r.id}>
          <Link to={`/runbooks/${r.id}`}>{r.title}</Link> <span className="muted">{t('punct.parens', { text: minutesLabel(t, totalExpectedMinutes(r.steps)) })}</span>
        </div>
      ))}
    </>
  );
}

/** 復旧手順: the hospital's restore order, runs in progress, and every runbook. */
export function RunbooksHome() {
  const { t, i18n } = useTranslation();
  const { db, canEdit } = useWorkbook();
  const systems = useSystems();
  const runbooks = useRunbooks();
  const openRuns = useLiveQuery(async () => (await db.runbookRuns.orderBy('startedAt').reverse().toArray()).filter((r) => runState(r) !== 'finished'), [db]);
  const prints = useSystemsPrints();
  const order = useMemo(() => (systems && runbooks ? restoreOrder(systems, prerequisitesBySystem(runbooks)) : undefined), [systems, runbooks]);
  if (!systems || !runbooks || !order || !openRuns) return null;
  const booksOf = (s: InventorySystem) => runbooks.filter((r) => r.systemId === s.id);
  const names = (list: readonly InventorySystem[]) => list.map((s) => s.name).join(t('punct.list'));

  return (
    <section className="systems-page" aria-labelledby="runbooks-heading">
      <SystemsNav />
      <h1 id="runbooks-heading">{t('nav.runbooks')}</h1>
      <ReadOnlyNotice />
      <div className="actions systems-toolbar">
        {canEdit && (
          <Link className="button" to="/runbooks/new">
            {t('systems.runbook.add')}
          </Link>
        )}
        <PrintButton label={t('systems.print.restoreOrder')} prepare={prints.restoreOrder} />
      </div>

      {openRuns.length > 0 && (
        <div className="card systems-open-runs">
          <h2>{t('systems.run.openHeading')}</h2>
          <ul>
            {openRuns.map((r) => (
              <li key={r.id}>
                <Link to={`/runbooks/runs/${r.id}`}>
                  {r.title}
                  {t('punct.parens', { text: t(`systems.run.kind.${r.kind}`) })}
                </Link>{' '}
                <span className="muted">
                  {t('systems.run.startedBy', { time: formatMonthDayTime(r.startedAt, i18n.language), name: r.leader })}
                  {t('punct.dot')}
                  {t('systems.run.doneCount', { done: r.steps.filter((s) => s.checkedAt).length, total: r.steps.length })}
                  {runState(r) === 'paused' && `${t('punct.dot')}${t('systems.run.paused')}`}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}

      {order.cycles.length > 0 && (
        <div className="banner error" role="alert" data-testid="restore-cycles">
          <div>
            <strong>{t('systems.order.cycleHeading')}</strong>
            {order.cycles.map((cycle) => (
              <p key={cycle.systems.map((s) => s.id).join('-')}>{t('systems.order.cycle', { path: [...cycle.path, cycle.path[0]].map((s) => s?.name).join(' → ') })}</p>
            ))}
            {order.blocked.length > 0 && <p>{t('systems.order.blocked', { names: names(order.blocked.map((b) => b.system)) })}</p>}
            <p>{t('systems.order.cycleHelp')}</p>
          </div>
        </div>
      )}
      {order.unknownPrerequisites.length > 0 && (
        <div className="banner systems-warn" role="status">
          {order.unknownPrerequisites.map((u) => (
            <p key={u.system.id}>{t('systems.order.unknown', { name: u.system.name, count: u.missingIds.length })}</p>
          ))}
        </div>
      )}

      <h2>{t('systems.order.heading')}</h2>
      <p className="muted">{t('systems.order.lead')}</p>
      {systems.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="list" data-testid="restore-order">
            <thead>
              <tr>
                <th>{t('systems.order.position')}</th>
                <th>{t('list.name')}</th>
                <th>{t('list.restorePriority')}</th>
                <th>{t('systems.order.prerequisites')}</th>
                <th>{t('nav.runbooks')}</th>
                <th>RTO</th>
              </tr>
            </thead>
            <tbody>
              {order.order.map((entry) => (
                <tr key={entry.system.id}>
                  <td className="systems-num">{entry.position}</td>
                  <td>
                    <Link to={`/systems/${entry.system.id}`}>{entry.system.name}</Link>
                  </td>
                  <td>
                    {entry.system.restorePriority}
                    {entry.effectivePriority < entry.system.restorePriority && <div className="muted systems-small">{t('systems.order.raised', { priority: entry.effectivePriority })}</div>}
                  </td>
                  <td>{names(entry.prerequisites) || '—'}</td>
                  <td>
                    <RunbookLinks books={booksOf(entry.system)} />
                  </td>
                  <td>{hoursLabel(t, entry.system.rtoHours)}</td>
                </tr>
              ))}
              {[...order.cycles.flatMap((c) => c.systems), ...order.blocked.map((b) => b.system)].map((s) => (
                <tr key={s.id} className="systems-unordered">
                  <td className="systems-num">—</td>
                  <td>
                    <Link to={`/systems/${s.id}`}>{s.name}</Link>
                    <div className="systems-warning-strong">{t('systems.order.unordered')}</div>
                  </td>
                  <td>{s.restorePriority}</td>
                  <td>—</td>
                  <td>
                    <RunbookLinks books={booksOf(s)} />
                  </td>
                  <td>{hoursLabel(t, s.rtoHours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
