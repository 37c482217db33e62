import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './audit-entry';
import { emptyAuditFilter, matchesAuditFilter } from './audit-filter';

const row = (over: Partial<AuditEntry>): AuditEntry => ({ at: '2025-06-01T03:00:00.000Z', actor: '山田', table: 'contacts', recordId: 'c1', action: 'update', label: '髙橋 一郎', changedFields: ['phones'], ...over });

describe('audit filter', () => {
  it('filters by table, actor, day range and text (variant kanji and kana insensitive)', () => {
    const rows = [row({}), row({ table: 'systems', label: '電子カルテ' }), row({ actor: '佐藤', at: '2025-07-01T03:00:00.000Z' })];
    const pick = (f: Partial<typeof emptyAuditFilter>) => rows.filter((r) => matchesAuditFilter(r, { ...emptyAuditFilter, ...f })).length;
    expect(pick({})).toBe(3);
    expect(pick({ table: 'systems' })).toBe(1);
    expect(pick({ actor: '佐藤' })).toBe(1);
    expect(pick({ from: '2025-06-15' })).toBe(1);
    expect(pick({ to: '2025-06-15' })).toBe(2);
    expect(pick({ text: '高橋' })).toBe(2);
    expect(pick({ text: 'デンシ' })).toBe(0);
    expect(pick({ text: 'phones' })).toBe(3);
  });

  it('finds a row by the words the screen shows for it', () => {
    const shown = (r: AuditEntry) => (r.changedFields.includes('phones') ? ['電話番号'] : []);
    expect(matchesAuditFilter(row({}), { ...emptyAuditFilter, text: '電話' }, shown)).toBe(true);
    expect(matchesAuditFilter(row({ changedFields: ['role'] }), { ...emptyAuditFilter, text: '電話' }, shown)).toBe(false);
  });
});
