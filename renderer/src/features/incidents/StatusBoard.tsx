import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { startIncidentRun } from '../../db/incidents-store';
import { formatMonthDayTime } from '../../domain/date-text';
import { incidentParts, type Incident } from '../../domain/incidents/incident';
import { needsRestore, setSystemStatus, statusCounts, statusOf, SYSTEM_STATUS_JA, systemStatuses, type SystemStatus, type SystemStatusEntry } from '../../domain/incidents/system-status';
import { restoreOrder } from '../../domain/systems/restore-order';
import { prerequisitesBySystem } from '../../domain/systems/runbook';
import { runState, startRun, type RunbookRun } from '../../domain/systems/runbook-run';
import { compareByPriority, withSystemDefaults, type InventorySystem } from '../../domain/systems/system';
import type { Runbook } from '../../domain/systems/runbook';
import { Notice } from '../../ui/Notice';
import { useWindowRows } from '../../ui/useWindowRows';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { useIncidentChange } from './useIncidents';

interface BoardRow {
  position: number;
  system: InventorySystem;
  runbook?: Runbook;
  run?: RunbookRun;
}

/**
 * 稼働状況 (R10, HICS 251): every system of the inventory in restore order, its status changed in one click with the
 * time and who; the first system still down is marked 次に復旧 and its runbook is one click away. Drawn as a virtual
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
  const rows = useMemo((): BoardRow[] => {
    if (!data) return [];
    const order = restoreOrder(data.systems, prerequisitesBySystem(data.runbooks));
    const placed = [...order.order.map((o) => o.system), ...order.cycles.flatMap((c) => c.systems), ...order.blocked.map((b) => b.system)];
    const seen = new Set(placed.map((s) => s.id));
    const all = [...placed, ...data.systems.filter((s) => !seen.has(s.id))];
    const bookBySystem = new Map(data.runbooks.map((r) => [r.systemId, r]));
    const runBySystem = new Map<string, RunbookRun>();
    for (const run of [...data.runs].sort((a, b) => a.startedAt.localeCompare(b.startedAt))) runBySystem.set(run.systemId, run);
    return all.map((system, i) => ({ position: i + 1, system, runbook: bookBySystem.get(system.id), run: runBySystem.get(system.id) }));
  }, [data]);
  if (!data) return null;
  const counts = statusCounts(
    rows.map((r) => r.system.id),
    entries,
  );
  const next = rows.find((r) => needsRestore(statusOf(byId, r.system.id)));
  return (
    <section aria-labelledby="board-heading">
      <h2 id="board-heading">{t('incidents.tabs.board')}</h2>
      <p className="incidents-counts" data-testid="status-counts">
        {systemStatuses.map((s) => (
          <span key={s} className={`incidents-status ${s}`}>
            {t(`incidents.systemStatus.${s}`)} <strong data-testid={`count-${s}`}>{counts[s]}</strong>
          </span>
        ))}
      </p>
      {rows.length === 0 ? <p className="muted">{t('incidents.board.noSystems')}</p> : <BoardRows rows={rows} byId={byId} incident={incident} nextId={next?.system.id} />}
    </section>
  );
}

function BoardRows({ rows, byId, incident, nextId }: { rows: BoardRow[]; byId: ReadonlyMap<string, SystemStatusEntry>; incident: Incident; nextId: string | undefined }) {
  const { t } = useTranslation();
  const { db, writer } = useWorkbook();
  const navigate = useNavigate();
  const storageMessage = useStorageErrorMessage();
  const change = useIncidentChange(incident);
  const { rows: win, scrollMargin, listProps } = useWindowRows<HTMLDivElement>({ count: rows.length, estimateSize: () => 64, getItemKey: (i) => rows[i]!.system.id });
  const setStatus = (system: InventorySystem, status: SystemStatus) => {
    const from = statusOf(byId, system.id);
    if (from === status) return;
    const at = new Date().toISOString();
    void change.apply((i) => ({ ...i, systemStatuses: setSystemStatus(incidentParts(i).systemStatuses, { systemId: system.id, status, at, by: change.actor }) }), [
      { what: `稼働状況：${system.name} ${SYSTEM_STATUS_JA[from]} → ${SYSTEM_STATUS_JA[status]}`, at, recordId: system.id },
    ]);
  };
  const startRunbook = async (row: BoardRow) => {
    if (!row.runbook) return;
    try {
      const draft = startRun(row.runbook, row.system.name, { kind: incident.exercise ? 'drill' : 'real', leader: writer.actor, actor: writer.actor, now: new Date() });
      const run = await startIncidentRun(db, incident.id, draft, writer);
      void navigate(`/runbooks/runs/${run.id}`);
    } catch (error) {
      change.setFailure(storageMessage(error));
    }
  };
  return (
    <>
      {change.failure && <Notice tone="error">{change.failure}</Notice>}
      <div className="incidents-board" role="list" style={{ height: win.getTotalSize(), position: 'relative' }} {...listProps} data-testid="status-board">
        {win.getVirtualItems().map((v) => {
          const row = rows[v.index]!;
          return (
            <div key={v.key} ref={win.measureElement} data-index={v.index} role="listitem" className="incidents-board-row" style={{ transform: `translateY(${v.start - scrollMargin}px)` }}>
              <BoardRowView
                row={row}
                entry={byId.get(row.system.id)}
                next={row.system.id === nextId}
                mayChange={change.mayChange && !change.busy}
                onStatus={(s) => setStatus(row.system, s)}
                onStart={() => void startRunbook(row)}
                startLabel={t('incidents.board.startRunbook')}
              />
            </div>
          );
        })}
      </div>
    </>
  );
}

interface RowProps {
  row: BoardRow;
  entry: SystemStatusEntry | undefined;
  next: boolean;
  mayChange: boolean;
  onStatus(status: SystemStatus): void;
  onStart(): void;
  startLabel: string;
}

const BoardRowView = memo(function BoardRowView({ row, entry, next, mayChange, onStatus, onStart, startLabel }: RowProps) {
  const { t, i18n } = useTranslation();
  const status = entry?.status ?? 'up';
  const runOpen = row.run && runState(row.run) !== 'finished';
  return (
    <div className={`incidents-board-line${next ? ' next' : ''}`} data-testid={`board-${row.system.id}`} data-status={status}>
      <span className="incidents-board-pos">{row.position}</span>
      <span className="incidents-board-name">
        <strong>{row.system.name}</strong>
        {next && <span className="badge incidents-next">{t('incidents.board.next')}</span>}
        <span className="muted">
          {' '}
          {t('incidents.board.priority', { n: row.system.restorePriority })}
          {entry && ` · ${t('incidents.board.changed', { time: formatMonthDayTime(entry.at, i18n.language), name: entry.by })}`}
        </span>
      </span>
      <span className="incidents-board-status" role="group" aria-label={t('incidents.board.statusOf', { name: row.system.name })}>
        {systemStatuses.map((s) => (
          <button key={s} type="button" className={`incidents-status-button ${s}`} aria-pressed={s === status} disabled={!mayChange && s !== status} onClick={() => mayChange && onStatus(s)}>
            {t(`incidents.systemStatus.${s}`)}
          </button>
        ))}
      </span>
      <span className="incidents-board-run">
        {row.run ? (
          <Link to={`/runbooks/runs/${row.run.id}`}>{runOpen ? t('incidents.board.runOpen') : t('incidents.board.runDone')}</Link>
        ) : row.runbook ? (
          mayChange ? (
            <button type="button" className="button secondary" onClick={onStart}>
              {startLabel}
            </button>
          ) : (
            <Link to={`/runbooks/${row.runbook.id}`}>{t('incidents.board.runbook')}</Link>
          )
        ) : (
          <span className="muted">{t('incidents.board.noRunbook')}</span>
        )}
      </span>
    </div>
  );
});
