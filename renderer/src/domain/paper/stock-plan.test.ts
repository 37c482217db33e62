import { describe, expect, it } from 'vitest';
import type { FormStock } from './form-template';
import { DEFAULT_PLANNED_DAYS, kitForms, planStock, stockLine } from './stock-plan';

const form = (id: string, stock: Partial<FormStock>, extra: { copies?: number; department?: string } = {}) => ({
  id,
  title: `様式${id}`,
  department: extra.department ?? '外来受付',
  copies: extra.copies ?? 1,
  stock: { sheetsPerDay: 0, scope: 'department' as const, packSize: 0, ...stock },
});

describe('stock plan (備蓄計画)', () => {
  it('multiplies use per day by the planned days, 28 by default', () => {
    const plan = planStock([form('a', { sheetsPerDay: 40 })], []);
    expect(plan.days).toBe(DEFAULT_PLANNED_DAYS);
    expect(plan.lines).toEqual([
      expect.objectContaining({ place: '外来受付', formsPerDay: 40, days: 28, forms: 1120, sheets: 1120, packs: null, sheetsToKeep: 1120 }),
    ]);
    expect(plan.sheetsToKeep).toBe(1120);
  });

  it('counts every sheet of a multi-copy form and rounds up to whole packs', () => {
    const line = stockLine(form('b', { sheetsPerDay: 7, packSize: 50 }, { copies: 2 }), '薬剤', 28);
    expect(line.forms).toBe(196);
    expect(line.sheets).toBe(392);
    expect(line.packs).toBe(8);
    expect(line.sheetsToKeep).toBe(400);
  });

  it('rounds fractional use up to whole forms, never down', () => {
    expect(stockLine(form('c', { sheetsPerDay: 0.5 }), '医事', 7).forms).toBe(4);
    expect(stockLine(form('c', { sheetsPerDay: 0.1 }), '医事', 30).forms).toBe(3);
    expect(stockLine(form('c', { sheetsPerDay: 1.5, packSize: 100 }), '医事', 1).sheetsToKeep).toBe(100);
  });

  it('plans ward forms once per ward and totals them per form', () => {
    const plan = planStock([form('w', { sheetsPerDay: 3, scope: 'ward' }), form('x', { sheetsPerDay: 0 })], ['3階東', '3階西', 'ICU'], 10);
    expect(plan.lines.map((l) => [l.place, l.sheetsToKeep])).toEqual([
      ['3階東', 30],
      ['3階西', 30],
      ['ICU', 30],
    ]);
    expect(plan.totals).toEqual([{ formId: 'w', title: '様式w', sheetsToKeep: 90 }]);
  });

  it('keeps the planned days within 1 and 366', () => {
    expect(planStock([form('a', { sheetsPerDay: 1 })], [], 0).days).toBe(1);
    expect(planStock([form('a', { sheetsPerDay: 1 })], [], 9999).days).toBe(366);
  });

  it('gives a kit at least one form and the whole usage of every place for the kit days', () => {
    expect(kitForms(form('k', { sheetsPerDay: 0 }), [], 3)).toBe(1);
    expect(kitForms(form('k', { sheetsPerDay: 2, scope: 'ward' }), ['A', 'B'], 3)).toBe(12);
    expect(kitForms(form('k', { sheetsPerDay: 5 }), ['A', 'B'], 0)).toBe(1);
  });
});
