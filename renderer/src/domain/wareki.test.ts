import { describe, expect, it } from 'vitest';
import {
  fiscalYearOf,
  formatFiscalYear,
  formatFiscalYearBoth,
  formatPrintDate,
  formatSeireki,
  formatWareki,
  toWareki,
} from './wareki';

/** Local date, as the module reads local parts. */
const d = (y: number, m: number, day: number, h = 12): Date => new Date(y, m - 1, day, h);

describe('formatWareki at era boundaries', () => {
  it.each([
    [d(2019, 4, 30), '平成31年4月30日'],
    [d(2019, 5, 1), '令和元年5月1日'],
    [d(2019, 12, 31), '令和元年12月31日'],
    [d(2020, 1, 1), '令和2年1月1日'],
    [d(2026, 11, 21), '令和8年11月21日'],
    [d(1989, 1, 7), '昭和64年1月7日'],
    [d(1989, 1, 8), '平成元年1月8日'],
    [d(1990, 1, 1), '平成2年1月1日'],
    [d(1926, 12, 24), '大正15年12月24日'],
    [d(1926, 12, 25), '昭和元年12月25日'],
    [d(1912, 7, 30), '大正元年7月30日'],
    [d(1873, 1, 1), '明治6年1月1日'],
  ])('%s → %s', (date, expected) => {
    expect(formatWareki(date)).toBe(expected);
  });

  it('uses local date parts, not UTC (00:30 local on 5/1 is still 令和元年5月1日)', () => {
    expect(formatWareki(new Date(2019, 4, 1, 0, 30))).toBe('令和元年5月1日');
    expect(formatWareki(new Date(2019, 3, 30, 23, 59))).toBe('平成31年4月30日');
  });

  it('falls back to 西暦 before the Gregorian 明治 era', () => {
    expect(toWareki(d(1872, 12, 31))).toBeNull();
    expect(formatWareki(d(1872, 12, 31))).toBe('1872年12月31日');
    expect(formatPrintDate(d(1872, 12, 31))).toBe('1872年12月31日');
  });
});

describe('formatSeireki / formatPrintDate', () => {
  it('formats both calendars', () => {
    expect(formatSeireki(d(2026, 11, 21))).toBe('2026年11月21日');
    expect(formatPrintDate(d(2026, 11, 21))).toBe('令和8年11月21日（2026年11月21日）');
  });
});

describe('fiscal year', () => {
  it('April start: March belongs to the previous fiscal year', () => {
    expect(fiscalYearOf(d(2027, 3, 31))).toBe(2026);
    expect(fiscalYearOf(d(2026, 4, 1))).toBe(2026);
    expect(formatFiscalYear(d(2026, 11, 21))).toBe('令和8年度');
    expect(formatFiscalYear(d(2027, 3, 31))).toBe('令和8年度');
    expect(formatFiscalYear(d(2027, 4, 1))).toBe('令和9年度');
  });

  it('names era-change years as the new era (official usage)', () => {
    expect(formatFiscalYear(d(2019, 4, 1))).toBe('令和元年度');
    expect(formatFiscalYear(d(2020, 3, 31))).toBe('令和元年度');
    expect(formatFiscalYear(d(2019, 3, 31))).toBe('平成30年度');
    expect(formatFiscalYear(d(1989, 3, 31))).toBe('昭和63年度');
    expect(formatFiscalYear(d(1989, 4, 1))).toBe('平成元年度');
  });

  it('honours other start months', () => {
    expect(fiscalYearOf(d(2026, 12, 31), 1)).toBe(2026);
    expect(fiscalYearOf(d(2026, 9, 30), 10)).toBe(2025);
    expect(formatFiscalYear(d(2026, 10, 1), 10)).toBe('令和8年度');
    expect(formatFiscalYearBoth(d(2026, 11, 21))).toBe('令和8年度（2026年度）');
  });

  it('rejects an invalid start month', () => {
    expect(() => fiscalYearOf(d(2026, 1, 1), 0)).toThrow(RangeError);
    expect(() => fiscalYearOf(d(2026, 1, 1), 13)).toThrow(RangeError);
  });
});
