import { describe, expect, it } from 'vitest';
import { changedFields, recordLabel } from './audit-entry';

describe('audit rows', () => {
  it('label a record by its name, title or, for a backup, its method; never by an id when a name exists', () => {
    expect(recordLabel({ id: 'c-1', name: '佐藤 健一' })).toBe('佐藤 健一');
    expect(recordLabel({ id: 'rb-1', title: '電子カルテ 復旧手順' })).toBe('電子カルテ 復旧手順');
    expect(recordLabel({ id: 'b-1', systemId: 's-1', method: '週次 LTO テープ' })).toBe('週次 LTO テープ');
    expect(recordLabel({ id: 'x-1' })).toBe('x-1');
  });

  it('list the fields a change touched, not the bookkeeping ones', () => {
    const before = { name: 'A', phones: [{ number: '1' }], updatedAt: '2026-01-01', updatedBy: 'a' };
    const after = { name: 'A', phones: [{ number: '2' }], role: '課長', updatedAt: '2026-02-01', updatedBy: 'b' };
    expect(changedFields(before, after)).toEqual(['phones', 'role']);
  });
});
