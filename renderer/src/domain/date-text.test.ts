import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatInstantDate, formatMonthDayTime, formatStoredDate, formatTime, formatTimeSpan } from './date-text';

/** An instant given in local wall-clock parts, as the helpers read local time. */
const at = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).toISOString();

describe('one date and time text for screen and paper', () => {
  it('writes clock times with two-digit hours and minutes', () => {
    expect(formatTime(new Date(2026, 10, 21, 9, 5))).toBe('09:05');
    expect(formatTime(new Date(2026, 10, 21, 0, 0))).toBe('00:00');
    expect(formatTime(new Date(2026, 10, 21, 23, 59))).toBe('23:59');
  });

  it('shows 和暦 in Japanese and 西暦 in English', () => {
    expect(formatDate(new Date(2026, 10, 21), 'ja')).toBe('令和8年11月21日');
    expect(formatDate(new Date(2019, 4, 1), 'ja')).toBe('令和元年5月1日');
    expect(formatDate(new Date(2026, 10, 21), 'en')).toBe('2026-11-21');
    expect(formatDate(new Date(2026, 0, 5), 'en')).toBe('2026-01-05');
  });

  it('gives the same moment the same text on every screen and on paper', () => {
    expect(formatDateTime(at(2026, 6, 1, 9, 5), 'ja')).toBe('令和8年6月1日 09:05');
    expect(formatDateTime(at(2019, 4, 30, 21, 0), 'ja')).toBe('平成31年4月30日 21:00');
    expect(formatDateTime(at(2026, 6, 1, 9, 5), 'en')).toBe('2026-06-01 09:05');
  });

  it('shows the short run-screen form with its date', () => {
    expect(formatMonthDayTime(at(2026, 11, 22, 1, 30), 'ja')).toBe('11/22 01:30');
    expect(formatMonthDayTime(at(2026, 11, 22, 1, 30), 'en')).toBe('22/11 01:30');
  });

  it('writes a span on one day with the end time only, and across midnight in full', () => {
    expect(formatTimeSpan(at(2026, 11, 21, 9, 0), at(2026, 11, 21, 9, 45), 'ja')).toBe('令和8年11月21日 09:00 〜 09:45');
    expect(formatTimeSpan(at(2026, 11, 21, 23, 30), at(2026, 11, 22, 1, 0), 'ja')).toBe('令和8年11月21日 23:30 〜 令和8年11月22日 01:00');
  });

  it('reads stored calendar dates without shifting them, and a dash when unset', () => {
    expect(formatStoredDate('2020-03-31', 'ja')).toBe('令和2年3月31日');
    expect(formatStoredDate('2020-03-31', 'en')).toBe('2020-03-31');
    expect(formatStoredDate('', 'ja')).toBe('—');
    expect(formatStoredDate('2026-02-30', 'ja')).toBe('—');
  });

  it('gives the date of an instant, and nothing for a missing or malformed one', () => {
    expect(formatInstantDate(at(2026, 11, 21, 23, 59), 'ja')).toBe('令和8年11月21日');
    expect(formatInstantDate('', 'ja')).toBe('');
    expect(formatDateTime('not a date', 'ja')).toBe('');
    expect(formatMonthDayTime('', 'en')).toBe('');
  });
});
