import { describe, expect, it } from 'vitest';
import { fiscalYearBounds, fiscalYearLabel, fiscalYearOfDate, isInFiscalYear, warekiOf } from './fiscal-year';

describe('年度 of the self-assessment', () => {
  it('April start: 31 March is the old 年度, 1 April the new one', () => {
    expect(fiscalYearBounds(2026)).toEqual({ start: '2026-04-01', end: '2027-03-31' });
    expect(fiscalYearOfDate('2027-03-31')).toBe(2026);
    expect(fiscalYearOfDate('2027-04-01')).toBe(2027);
    expect(isInFiscalYear('2027-03-31', 2026)).toBe(true);
    expect(isInFiscalYear('2027-04-01', 2026)).toBe(false);
    expect(isInFiscalYear('2026-03-31', 2026)).toBe(false);
  });

  it('follows the facility start month, including January and a leap year end', () => {
    expect(fiscalYearBounds(2026, 1)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(fiscalYearBounds(2027, 3)).toEqual({ start: '2027-03-01', end: '2028-02-29' });
    expect(fiscalYearOfDate('2028-02-29', 3)).toBe(2027);
  });

  it('names the 年度 in 和暦 across the era change', () => {
    expect(fiscalYearLabel(2018)).toBe('平成30年度');
    expect(fiscalYearLabel(2019)).toBe('令和元年度');
    expect(fiscalYearLabel(2026)).toBe('令和8年度');
    expect(fiscalYearLabel(2027)).toBe('令和9年度');
  });

  it('writes dates in 和暦, 元年 on the first day of 令和', () => {
    expect(warekiOf('2019-04-30')).toBe('平成31年4月30日');
    expect(warekiOf('2019-05-01')).toBe('令和元年5月1日');
    expect(warekiOf('2027-03-31')).toBe('令和9年3月31日');
    expect(warekiOf('')).toBe('');
  });
});
