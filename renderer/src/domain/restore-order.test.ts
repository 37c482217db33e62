import { describe, expect, it } from 'vitest';
import { restoreOrder, type OrderableSystem } from './restore-order';

const sys = (id: string, name: string, restorePriority: number): OrderableSystem => ({ id, name, restorePriority });
const names = (list: readonly { name: string }[]) => list.map((s) => s.name);
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
    expect(names(result.cycles[0]!)).toEqual(['電子カルテ', 'オーダリング', '医事会計']);
    expect(names(result.blocked.map((b) => b.system))).toEqual(['検査']);
  });

  it('reports a system that is its own prerequisite', () => {
    const result = order([sys('a', 'PACS', 1)], { a: ['a'] });
    expect(result.order).toEqual([]);
    expect(names(result.cycles[0]!)).toEqual(['PACS']);
  });

  it('reports separate cycles separately', () => {
    const result = order([sys('a', 'A', 1), sys('b', 'B', 2), sys('c', 'C', 3), sys('d', 'D', 4)], { a: ['b'], b: ['a'], c: ['d'], d: ['c'] });
    expect(result.cycles.map(names)).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
  });

  it('ignores prerequisites on deleted systems for the order but lists them', () => {
    const result = order([sys('a', '電子カルテ', 1)], { a: ['gone'] });
    expect(names(result.order.map((e) => e.system))).toEqual(['電子カルテ']);
    expect(result.unknownPrerequisites).toEqual([{ system: sys('a', '電子カルテ', 1), missingIds: ['gone'] }]);
  });
});
