import { describe, expect, it } from 'vitest';
import { formatTemporaryId, idsForSheet, remainingIds, reserveIds, resetNumbering, temporaryIdNumberingSchema } from './temporary-patient-ids';

const range = resetNumbering({ prefix: '仮-', digits: 6, rangeStart: 1, rangeEnd: 100 });

describe('temporary patient IDs (仮患者番号)', () => {
  it('formats prefix and zero-padded number', () => {
    expect(formatTemporaryId(range, 123)).toBe('仮-000123');
    expect(formatTemporaryId({ prefix: 'T', digits: 3 }, 7)).toBe('T007');
  });

  it('reserves consecutive blocks that never overlap', () => {
    const first = reserveIds(range, 30);
    if (!first.ok) throw new Error('expected a block');
    const second = reserveIds(first.numbering, 30);
    if (!second.ok) throw new Error('expected a block');
    expect(first.block).toEqual({ first: 1, count: 30 });
    expect(second.block).toEqual({ first: 31, count: 30 });
    expect(remainingIds(second.numbering)).toBe(40);
  });

  it('refuses a block larger than what is left and takes nothing', () => {
    const used = reserveIds(range, 90);
    if (!used.ok) throw new Error('expected a block');
    expect(reserveIds(used.numbering, 11)).toEqual({ ok: false, remaining: 10, requested: 11 });
    const last = reserveIds(used.numbering, 10);
    expect(last.ok && remainingIds(last.numbering)).toBe(0);
  });

  it('splits a block into sheets of rowsPerPage numbers', () => {
    const block = { first: 41, count: 25 };
    expect(idsForSheet(range, block, 0, 10)).toHaveLength(10);
    expect(idsForSheet(range, block, 2, 10)).toEqual(['仮-000061', '仮-000062', '仮-000063', '仮-000064', '仮-000065']);
  });

  it('rejects a range that is reversed or does not fit the digits', () => {
    expect(temporaryIdNumberingSchema.safeParse({ prefix: '仮-', digits: 3, rangeStart: 10, rangeEnd: 5, nextNumber: 10 }).success).toBe(false);
    const tooWide = temporaryIdNumberingSchema.safeParse({ prefix: '仮-', digits: 3, rangeStart: 1, rangeEnd: 1000, nextNumber: 1 });
    expect(tooWide.success).toBe(false);
    expect(tooWide.error?.issues[0]?.message).toBe('paper.validation.rangeDigits');
  });
});
