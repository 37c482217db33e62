import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { startIncidentRun } from '../../db/incidents-store';
import { formatMonthDayTime } from '../../domain/date-text';
import { incidentParts, type Incident } from '../../domain/incidents/incident';
import { statusBoardView, type BoardGroup, type BoardRow } from '../../domain/incidents/status-board';
import { setSystemStatus, statusOf, SYSTEM_STATUS_JA, systemStatuses, type SystemStatus, type SystemStatusEntry } from '../../domain/incidents/system-status';
import { restoreOrder } from '../../domain/systems/restore-order';
import { prerequisitesBySystem, type Runbook } from '../../domain/systems/runbook';
import { runState, startRun, type RunbookRun } from '../../domain/systems/runbook-run';
import { compareByPriority, withSystemDefaults, type InventorySystem } from '../../domain/systems/system';
import { Notice } from '../../ui/Notice';
import { useWindowRows } from '../../ui/useWindowRows';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { useIncidentChange } from './useIncidents';

/** What the board knows of a system's runbook: the book, and the run of this incident if one was started. */
interface RunbookState {
  runbook?: Runbook;
  run?: RunbookRun;
}

/** One line of the virtual list: a tier's caption, or a system. */
type BoardItem = { kind: 'group'; group: BoardGroup<InventorySystem> } | { kind: 'system'; row: BoardRow<InventorySystem>; books: RunbookState };

/**
 * 稼働状況 (R10, HICS 251): every system of the inventory in restore order, grouped by tier of 復旧優先度 with counts
 * per group and in total; its status changed in one click with the time and who. The first system still to bring
 * back is named above the list with its runbook one click away, and marked 次に復旧 in its row. Drawn as a virtual
 * list, so 500 systems stay fluid.
 */
export function StatusBoard({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { db } = useWorkbook();
  const data = useLiveQuery(async () => {
    const [systems, runbooks, runs] = await Promise.all([db.systems.toArray(), db.runbooks.toArray(), db.runbookRuns.toArray()]);
    return { systems: systems.map(withSystemDefaults).sort(compareByPriority), runbooks, runs: runs.filter((r) => r.incidentId === incident.id) };
  }, [db, incident.id]);
  const entries = incidentParts(incident).systemStatuses;
  const byId = useMemo(() => new Map(entries.map((e) => [e.systemId, e])), [entries]);
  const order = useMemo(() => (data ? restoreOrder(data.systems, prerequisitesBySystem(data.runbooks)) : undefined), [data]);
  const books = useMemo(() => {
    const map = new Map<string, RunbookState>();
    if (!data) return map;
    for (const runbook of data.runbooks) map.set(runbook.systemId, { runbook });
    for (const run of [...data.runs].sort((a, b) => a.startedAt.localeCompare(b.startedAt))) map.set(run.systemId, { ...map.get(run.systemId), run });
    return map;
  }, [data]);
  const view = useMemo(() => (data && order ? statusBoardView(data.systems, order, byId) : undefined), [data, order, byId]);
  const items = useMemo(
    (): BoardItem[] => view?.groups.flatMap((group): BoardItem[] => [{ kind: 'group', group }, ...group.rows.map((row): BoardItem => ({ kind: 'system', row, books: books.get(row.system.id) ?? {} }))]) ?? [],
    [view, books],
  );
  if (!data || !view) return null;
  return (
    <section aria-labelledby="board-heading">
      <h2 id="board-heading">{t('incidents.tabs.board')}</h2>
      <p className="incidents-counts" data-testid="status-counts">
        {systemStatuses.map((s) => (
          <span key={s} className={`incidents-status ${s}`}>
            {t(`incidents.systemStatus.${s}`)} <strong data-testid={`count-${s}`}>{view.counts[s]}</strong>
          </span>
        ))}
      </p>
      {items.length === 0 ? (
        <p className="muted">{t('incidents.board.noSystems')}</p>
      ) : (
        <BoardList items={items} byId={byId} incident={incident} nextRow={view.next} nextBooks={view.next ? (books.get(view.next.system.id) ?? {}) : {}} />
      )}
    </section>
  );
}

function BoardList({ items, byId, incident, nextRow, nextBooks }: { items: BoardItem[]; byId: ReadonlyMap<string, SystemStatusEntry>; incident: Incident; nextRow: BoardRow<InventorySystem> | undefined; nextBooks: RunbookState }) {
  const { t } = useTranslation();
  const { db, writer } = useWorkbook();
  const navigate = useNavigate();
  const storageMessage = useStorageErrorMessage();
  const change = useIncidentChange(incident);
  const { rows: win, scrollMargin, listProps } = useWindowRows<HTMLDivElement>({
    count: items.length,
    estimateSize: (i) => (items[i]?.kind === 'group' ? 56 : 64),
    getItemKey: (i) => {
      const item = items[i]!;
      return item.kind === 'group' ? `group-${item.group.tier}-${i}` : item.row.system.id;
    },
  });
  const mayChange = change.mayChange && !change.busy;
  const setStatus = (system: InventorySystem, status: SystemStatus) => {
    const from = statusOf(byId, system.id);
    if (from === status) return;
    const at = new Date().toISOString();
    void change.apply((i) => ({ ...i, systemStatuses: setSystemStatus(incidentParts(i).systemStatuses, { systemId: system.id, status, at, by: change.actor }) }), [
      { what: `稼働状況：${system.name} ${SYSTEM_STATUS_JA[from]} → ${SYSTEM_STATUS_JA[status]}`, at, recordId: system.id },
    ]);
  };
  const startRunbook = async (system: InventorySystem, runbook: Runbook) => {
    try {
      const draft = startRun(runbook, system.name, { kind: incident.exercise ? 'drill' : 'real', leader: writer.actor, actor: writer.actor, now: new Date() });
      const run = await startIncidentRun(db, incident.id, draft, writer);
      void navigate(`/runbooks/runs/${run.id}`);
    } catch (error) {
      change.setFailure(storageMessage(error));
    }
  };
  // Stable handlers, so a status change redraws the changed row and not every row on screen.
  const latest = useRef({ setStatus, startRunbook });
  latest.current = { setStatus, startRunbook };
  const onStatus = useCallback((system: InventorySystem, status: SystemStatus) => latest.current.setStatus(system, status), []);
  const onStart = useCallback((system: InventorySystem, runbook: Runbook) => latest.current.startRunbook(system, runbook), []);
  return (
    <>
      {change.failure && <Notice tone="error">{change.failure}</Notice>}
      {nextRow && (
        <div className="card incidents-board-next" data-testid="board-next">
          <span>
            {t('incidents.board.nextLabel')} <strong>{nextRow.system.name}</strong> <span className="muted">{t(`incidents.systemStatus.${nextRow.status}`)}</span>
          </span>
          <RunbookAction system={nextRow.system} books={nextBooks} mayChange={mayChange} onStart={onStart} />
        </div>
      )}
      <div className="incidents-board" role="list" aria-label={t('incidents.tabs.board')} style={{ height: win.getTotalSize(), position: 'relative' }} {...listProps} data-testid="status-board">
        {win.getVirtualItems().map((v) => {
          const item = items[v.index]!;
          return (
            <div key={v.key} ref={win.measureElement} data-index={v.index} role="listitem" aria-setsize={items.length} aria-posinset={v.index + 1} className="incidents-board-row" style={{ transform: `translateY(${v.start - scrollMargin}px)` }}>
              {item.kind === 'group' ? (
                <GroupCaption group={item.group} />
              ) : (
                <BoardRowView
                  row={item.row}
                  books={item.books}
                  entry={byId.get(item.row.system.id)}
                  next={item.row.system.id === nextRow?.system.id}
                  mayChange={mayChange}
                  onStatus={onStatus}
                  onStart={onStart}
                />
              )}
            </div>
          );
        })}
      </div>
    </>
  );
}

/** A tier's caption: its 復旧優先度 range, how many systems, and how many of them are still to bring back. */
const GroupCaption = memo(function GroupCaption({ group }: { group: BoardGroup<InventorySystem> }) {
  const { t } = useTranslation();
  const shown = systemStatuses.filter((s) => s !== 'up' && group.counts[s] > 0);
  return (
    <h3 className="incidents-board-group" data-testid={`board-group-${group.tier}`}>
      <span>{group.tier === 'unordered' ? t('incidents.board.tier.unordered') : t(`incidents.board.tier.${group.tier}`, { from: group.from, to: group.to })}</span>
      <span className="incidents-board-group-counts">
        {t('incidents.board.groupCount', { count: group.rows.length })}
        {group.toRestore > 0 && (
          <>
            {' · '}
            <strong>{t('incidents.board.toRestore', { count: group.toRestore })}</strong>
          </>
        )}
        {shown.length > 0 && ` (${shown.map((s) => `${t(`incidents.systemStatus.${s}`)} ${group.counts[s]}`).join(t('punct.list'))})`}
      </span>
    </h3>
  );
});

interface RowProps {
  row: BoardRow<InventorySystem>;
  books: RunbookState;
  entry: SystemStatusEntry | undefined;
  next: boolean;
  mayChange: boolean;
  onStatus(system: InventorySystem, status: SystemStatus): void;
  onStart(system: InventorySystem, runbook: Runbook): Promise<void>;
}

const BoardRowView = memo(function BoardRowView({ row, books, entry, next, mayChange, onStatus, onStart }: RowProps) {
  const { t, i18n } = useTranslation();
  const { system, status } = row;
  return (
    <div className={`incidents-board-line${next ? ' next' : ''}`} data-testid={`board-${system.id}`} data-status={status}>
      <span className="incidents-board-pos">{row.position ?? '—'}</span>
      <span className="incidents-board-name">
        <strong>{system.name}</strong>
        {next && <span className="badge incidents-next">{t('incidents.board.next')}</span>}
        <span className="muted">
          {' '}
          {t('incidents.board.priority', { n: system.restorePriority })}
          {entry && ` · ${t('incidents.board.changed', { time: formatMonthDayTime(entry.at, i18n.language), name: entry.by })}`}
        </span>
      </span>
      <span className="incidents-board-status" role="group" aria-label={t('incidents.board.statusOf', { name: system.name })}>
        {systemStatuses.map((s) => (
          <button key={s} type="button" className={`incidents-status-button ${s}`} aria-pressed={s === status} disabled={!mayChange && s !== status} onClick={() => mayChange && onStatus(system, s)}>
            {t(`incidents.systemStatus.${s}`)}
          </button>
        ))}
      </span>
      <span className="incidents-board-run">
        <RunbookAction system={system} books={books} mayChange={mayChange} onStart={onStart} />
      </span>
    </div>
  );
}, sameRow);

/** The board's rows are rebuilt on each change; a row is redrawn only when what it shows changed. */
function sameRow(a: RowProps, b: RowProps): boolean {
  return (
    a.row.system === b.row.system && a.row.status === b.row.status && a.row.position === b.row.position && a.entry === b.entry && a.next === b.next && a.mayChange === b.mayChange &&
    a.books.run === b.books.run && a.books.runbook === b.books.runbook && a.onStatus === b.onStatus && a.onStart === b.onStart
  );
}

/** The runbook one click away: the run this incident started, else start one (or, read-only, open the runbook). */
function RunbookAction({ system, books, mayChange, onStart }: { system: InventorySystem; books: RunbookState; mayChange: boolean; onStart(system: InventorySystem, runbook: Runbook): Promise<void> }) {
  const { t } = useTranslation();
  const { run, runbook } = books;
  if (run) return <Link to={`/runbooks/runs/${run.id}`}>{runState(run) !== 'finished' ? t('incidents.board.runOpen') : t('incidents.board.runDone')}</Link>;
  if (!runbook) return <span className="muted">{t('incidents.board.noRunbook')}</span>;
  return mayChange ? (
    <button type="button" className="button secondary" onClick={() => void onStart(system, runbook)}>
      {t('incidents.board.startRunbook')}
    </button>
  ) : (
    <Link to={`/runbooks/${runbook.id}`}>{t('incidents.board.runbook')}</Link>
  );
}
