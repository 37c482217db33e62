import { describe, expect, it } from 'vitest';
import { restoreOrder, type OrderableSystem } from './restore-order';

const sys = (id: string, name: string, restorePriority: number): OrderableSystem => ({ id, name, restorePriority });
const names = (list: readonly { name: string }[]) => list.map((s) => s.name);
/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so a failing inventory can be reproduced. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const order = (systems: OrderableSystem[], prerequisites: Record<string, string[]> = {}) => restoreOrder(systems, new Map(Object.entries(prerequisites)));

describe('restore order', () => {
  it('follows 復旧優先度 when nothing depends on anything', () => {
    const result = order([sys('c', '電子カルテ', 3), sys('a', 'コアスイッチ', 1), sys('b', '認証サーバ', 2)]);
    expect(names(result.order.map((e) => e.system))).toEqual(['コアスイッチ', '認証サーバ', '電子カルテ']);
    expect(result.order.map((e) => e.position)).toEqual([1, 2, 3]);
    expect(result.cycles).toEqual([]);
  });

  it('breaks priority ties by name in Japanese order', () => {
    const result = order([sys('1', 'PACS', 5), sys('2', 'オーダリング', 5), sys('3', '医事会計', 5)]);
    expect(names(result.order.map((e) => e.system))).toEqual(['PACS', 'オーダリング', '医事会計'].sort((a, b) => a.localeCompare(b, 'ja')));
  });

  it('puts a prerequisite first even when its priority number is higher', () => {
    // The DNS server is low priority on paper, but the EHR cannot start without it.
    const result = order([sys('ehr', '電子カルテ', 1), sys('dns', 'DNS サーバ', 50), sys('pacs', 'PACS', 2)], { ehr: ['dns'] });
    expect(names(result.order.map((e) => e.system))).toEqual(['DNS サーバ', '電子カルテ', 'PACS']);
    expect(names(result.order[1]!.prerequisites)).toEqual(['DNS サーバ']);
    expect(result.order[0]!.effectivePriority).toBe(1);
  });

  it('does not raise a prerequisite of a less urgent system', () => {
    const result = order([sys('food', '給食', 20), sys('dns', 'DNS サーバ', 10), sys('pacs', 'PACS', 2)], { food: ['dns'] });
    expect(names(result.order.map((e) => e.system))).toEqual(['PACS', 'DNS サーバ', '給食']);
  });

  it('waits for every prerequisite of a chain', () => {
    const result = order(
      [sys('ehr', '電子カルテ', 3), sys('ad', '認証サーバ', 2), sys('sw', 'コアスイッチ', 9), sys('lab', '検査', 1)],
      { ehr: ['ad', 'sw'], ad: ['sw'], lab: ['ehr'] },
    );
    expect(names(result.order.map((e) => e.system))).toEqual(['コアスイッチ', '認証サーバ', '電子カルテ', '検査']);
  });

  it('reports a cycle with the systems in it and the systems waiting on it, never hiding them', () => {
    const result = order(
      [sys('a', '電子カルテ', 1), sys('b', 'オーダリング', 2), sys('c', '医事会計', 3), sys('d', '検査', 4), sys('e', '給食', 5)],
      { a: ['b'], b: ['c'], c: ['a'], d: ['c'] },
    );
    expect(names(result.order.map((e) => e.system))).toEqual(['給食']);
    expect(result.cycles).toHaveLength(1);
    // A path: 電子カルテ needs オーダリング, which needs 医事会計, which needs 電子カルテ.
    expect(names(result.cycles[0]!.path)).toEqual(['電子カルテ', 'オーダリング', '医事会計']);
    expect(names(result.cycles[0]!.systems)).toEqual(['電子カルテ', 'オーダリング', '医事会計']);
    expect(names(result.blocked.map((b) => b.system))).toEqual(['検査']);
  });

  it('reports a system that is its own prerequisite', () => {
    const result = order([sys('a', 'PACS', 1)], { a: ['a'] });
    expect(result.order).toEqual([]);
    expect(names(result.cycles[0]!.path)).toEqual(['PACS']);
  });

  it('reports separate cycles separately', () => {
    const result = order([sys('a', 'A', 1), sys('b', 'B', 2), sys('c', 'C', 3), sys('d', 'D', 4)], { a: ['b'], b: ['a'], c: ['d'], d: ['c'] });
    expect(result.cycles.map((c) => names(c.systems))).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
  });

  it('names every system of a loop that is not one simple circle', () => {
    // DNS closes two loops (with AD and with the chart): the shortest loop alone would drop 電子カルテ from every list.
    const result = order([sys('ad', 'Active Directory', 1), sys('dns', 'DNS', 2), sys('ehr', '電子カルテ', 3), sys('pacs', 'PACS', 4)], {
      ad: ['dns'],
      dns: ['ad', 'ehr'],
      ehr: ['dns'],
    });
    expect(names(result.order.map((e) => e.system))).toEqual(['PACS']);
    expect(result.cycles.map((c) => names(c.systems))).toEqual([['Active Directory', 'DNS', '電子カルテ']]);
    // Read as a loop, every arrow is a real prerequisite: AD → DNS → 電子カルテ → DNS → AD.
    expect(names(result.cycles[0]!.path)).toEqual(['Active Directory', 'DNS', '電子カルテ', 'DNS']);
    expect(result.blocked).toEqual([]);
  });

  it('places every system of any inventory exactly once, after its prerequisites, with cycles that are real chains', () => {
    const random = seeded(20240611);
    for (let trial = 0; trial < 2000; trial += 1) {
      const count = 1 + Math.floor(random() * 9);
      const systems = Array.from({ length: count }, (_, i) => sys(`s${i}`, `名${Math.floor(random() * 3)}`, 1 + Math.floor(random() * 5)));
      const prerequisites: Record<string, string[]> = {};
      for (const s of systems) {
        prerequisites[s.id] = [...systems.filter(() => random() < 0.25).map((p) => p.id), ...(random() < 0.1 ? ['deleted'] : [])];
      }
      const result = order(systems, prerequisites);
      const context = JSON.stringify(prerequisites);

      const listed = [...result.order.map((e) => e.system.id), ...result.cycles.flatMap((c) => c.systems.map((s) => s.id)), ...result.blocked.map((b) => b.system.id)];
      expect(listed.slice().sort(), context).toEqual(systems.map((s) => s.id).sort());

      const position = new Map(result.order.map((e) => [e.system.id, e.position]));
      for (const entry of result.order) {
        for (const p of prerequisites[entry.system.id]!.filter((id) => id !== 'deleted')) {
          expect(position.get(p), context).toBeLessThan(entry.position);
        }
      }
      for (const cycle of result.cycles) {
        const ids = cycle.path.map((s) => s.id);
        expect(new Set(ids), context).toEqual(new Set(cycle.systems.map((s) => s.id)));
        ids.forEach((id, i) => expect(prerequisites[id], context).toContain(ids[(i + 1) % ids.length]));
      }
    }
  });

  it('ignores prerequisites on deleted systems for the order but lists them', () => {
    const result = order([sys('a', '電子カルテ', 1)], { a: ['gone'] });
    expect(names(result.order.map((e) => e.system))).toEqual(['電子カルテ']);
    expect(result.unknownPrerequisites).toEqual([{ system: sys('a', '電子カルテ', 1), missingIds: ['gone'] }]);
  });
});
