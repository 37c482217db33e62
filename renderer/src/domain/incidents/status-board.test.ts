import { describe, expect, it } from 'vitest';
import { restoreOrder } from '../systems/restore-order';
import { restoreTierOf, statusBoardView } from './status-board';
import type { SystemStatusEntry } from './system-status';

const system = (id: string, restorePriority: number) => ({ id, name: id, restorePriority });
const at = '2026-11-03T02:00:00.000Z';
const statuses = (pairs: Record<string, SystemStatusEntry['status']>) => new Map(Object.entries(pairs).map(([systemId, status]) => [systemId, { systemId, status, at, by: '' }]));
const board = (systems: ReturnType<typeof system>[], needs: Record<string, string[]> = {}, status: Record<string, SystemStatusEntry['status']> = {}) =>
  statusBoardView(systems, restoreOrder(systems, new Map(Object.entries(needs))), statuses(status));

describe('status board grouped by restore order', () => {
  it('cuts the restore order into tiers of 復旧優先度, in order, with counts per group and overall', () => {
    const view = board([system('chart', 1), system('pacs', 2), system('lab', 30), system('mail', 100), system('nas', 60)], {}, { chart: 'down', lab: 'isolated', mail: 'restored' });
    expect(view.groups.map((g) => [g.tier, g.rows.map((r) => r.system.id)])).toEqual([
      ['first', ['chart', 'pacs']],
      ['second', ['lab']],
      ['third', ['nas']],
      ['later', ['mail']],
    ]);
    expect(view.groups[0]!.counts).toMatchObject({ down: 1, up: 1 });
    expect(view.groups.map((g) => g.toRestore)).toEqual([1, 1, 0, 0]);
    expect(view.counts).toEqual({ up: 2, degraded: 0, down: 1, isolated: 1, restored: 1 });
    expect(view.groups.flatMap((g) => g.rows.map((r) => r.position))).toEqual([1, 2, 3, 4, 5]);
  });

  it('places a prerequisite in the tier of the most urgent system waiting on it', () => {
    const view = board([system('chart', 1), system('dns', 50)], { chart: ['dns'] });
    expect(view.groups).toHaveLength(1);
    expect(view.groups[0]!.rows.map((r) => r.system.id)).toEqual(['dns', 'chart']);
  });

  it('names the first system in restore order still to bring back as next, whatever its tier', () => {
    expect(board([system('chart', 1), system('pacs', 20)], {}, { pacs: 'isolated' }).next?.system.id).toBe('pacs');
    expect(board([system('chart', 1), system('pacs', 20)], {}, { chart: 'degraded', pacs: 'down' }).next?.system.id).toBe('chart');
    expect(board([system('chart', 1)], {}, { chart: 'restored' }).next).toBeUndefined();
  });

  it('keeps systems caught in a cycle of prerequisites on the board, last, in a group of their own', () => {
    const view = board([system('a', 1), system('b', 2), system('c', 3)], { a: ['b'], b: ['a'] }, { a: 'down' });
    expect(view.groups.map((g) => g.tier)).toEqual(['first', 'unordered']);
    expect(view.groups[1]!.rows.map((r) => [r.system.id, r.position])).toEqual([
      ['a', undefined],
      ['b', undefined],
    ]);
    expect(view.next?.system.id).toBe('a');
  });

  it('tiers: 1–9, 10–49, 50–99, 100 and over (the default priority)', () => {
    expect([1, 9, 10, 49, 50, 99, 100, 999].map((p) => restoreTierOf(p).key)).toEqual(['first', 'first', 'second', 'second', 'third', 'third', 'later', 'later']);
  });
});
