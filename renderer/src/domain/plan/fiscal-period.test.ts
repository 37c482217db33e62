import { describe, expect, it } from 'vitest';
import { fiscalPeriod, fiscalYearContaining } from './fiscal-period';

describe('fiscal period of the management report', () => {
  it('gives the April–March bounds and the name in 和暦 and 西暦', () => {
    expect(fiscalPeriod(2026)).toEqual({ start: '2026-04-01', end: '2027-03-31', label: '令和8年度（2026年度）' });
    expect(fiscalYearContaining('2027-03-31')).toBe(2026);
    expect(fiscalPeriod(2026, 1)).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
  });
});
