import type { OrderableSystem, RestoreOrder } from '../systems/restore-order';
import { needsRestore, statusOf, systemStatuses, type SystemStatus, type SystemStatusEntry } from './system-status';

/**
 * 稼働状況 grouped by restore order (R10, HICS 251): the systems in the hospital's restore order, cut into tiers of
 * 復旧優先度 so that a board of 500 systems reads as a few groups, each with its own caption and counts.
 *
 * A system is placed by the priority it is restored with (the restore order lowers a prerequisite's priority to that
 * of the most urgent system waiting on it), so the DNS server the chart needs sits in the chart's tier, and the tiers
 * follow the order without breaking it. The bounds match the systems editor's hint (1–999, network and
 * authentication low, 100 when not set): an unset priority lands in the last tier.
 */
export const restoreTiers = [
  { key: 'first', from: 1, to: 9 },
  { key: 'second', from: 10, to: 49 },
  { key: 'third', from: 50, to: 99 },
  { key: 'later', from: 100, to: 999 },
] as const;
export type RestoreTierKey = (typeof restoreTiers)[number]['key'] | 'unordered';

export function restoreTierOf(priority: number): (typeof restoreTiers)[number] {
  return restoreTiers.find((tier) => priority <= tier.to) ?? restoreTiers[3];
}

export interface BoardRow<S> {
  /** 1-based place in the restore order; undefined for a system the order cannot place (a cycle of prerequisites). */
  position: number | undefined;
  system: S;
  status: SystemStatus;
}

export interface BoardGroup<S> {
  tier: RestoreTierKey;
  /** The tier's priority bounds (absent for the systems that cannot be ordered). */
  from?: number;
  to?: number;
  rows: BoardRow<S>[];
  counts: Record<SystemStatus, number>;
  /** Systems of the group still to bring back (一部停止, 停止, 隔離). */
  toRestore: number;
}

export interface StatusBoardView<S> {
  groups: BoardGroup<S>[];
  /** Over every system of the inventory. */
  counts: Record<SystemStatus, number>;
  /** The first system in restore order still to bring back: 次に復旧. */
  next: BoardRow<S> | undefined;
}

const zeroCounts = (): Record<SystemStatus, number> => Object.fromEntries(systemStatuses.map((s) => [s, 0])) as Record<SystemStatus, number>;

/**
 * The board: every system once, in restore order, grouped by tier; systems in (or waiting on) a cycle of prerequisites
 * come last in their own group, and so does any system the order did not return, so none is ever left off the board.
 */
export function statusBoardView<S extends OrderableSystem>(systems: readonly S[], order: RestoreOrder<S>, statuses: ReadonlyMap<string, SystemStatusEntry>): StatusBoardView<S> {
  const groups: BoardGroup<S>[] = [];
  const counts = zeroCounts();
  let next: BoardRow<S> | undefined;
  const add = (group: BoardGroup<S>, row: BoardRow<S>) => {
    group.rows.push(row);
    group.counts[row.status] += 1;
    counts[row.status] += 1;
    if (needsRestore(row.status)) {
      group.toRestore += 1;
      if (!next && row.position !== undefined) next = row;
    }
  };
  const newGroup = (tier: RestoreTierKey, bounds: { from?: number; to?: number }): BoardGroup<S> => {
    const group = { tier, ...bounds, rows: [], counts: zeroCounts(), toRestore: 0 };
    groups.push(group);
    return group;
  };
  const placed = new Set<string>();
  for (const entry of order.order) {
    const tier = restoreTierOf(entry.effectivePriority);
    const last = groups.at(-1);
    const group = last && last.tier === tier.key ? last : newGroup(tier.key, { from: tier.from, to: tier.to });
    placed.add(entry.system.id);
    add(group, { position: entry.position, system: entry.system, status: statusOf(statuses, entry.system.id) });
  }
  const unordered: S[] = [];
  for (const system of [...order.cycles.flatMap((c) => c.systems), ...order.blocked.map((b) => b.system), ...systems]) {
    if (placed.has(system.id)) continue;
    placed.add(system.id);
    unordered.push(system);
  }
  if (unordered.length > 0) {
    const group = newGroup('unordered', {});
    // With nothing left in order to restore, the first of these still down is next: it cannot wait for the cycle's fix.
    for (const system of unordered) add(group, { position: undefined, system, status: statusOf(statuses, system.id) });
    next ??= group.rows.find((r) => needsRestore(r.status));
  }
  return { groups, counts, next };
}
