import { describe, expect, it } from 'vitest';
import { formatAsOf } from './as-of-text';
import { copyAgeDays, isCheckDue, isStaleCopy } from './freshness';

describe('freshness of a reader copy', () => {
  const asOf = '2026-11-24T01:00:00.000Z';

  it('is old from the set number of whole days on', () => {
    expect(copyAgeDays(asOf, new Date('2026-11-30T23:00:00.000Z'))).toBe(6);
    expect(isStaleCopy(asOf, new Date('2026-11-30T23:00:00.000Z'), 7)).toBe(false);
    expect(isStaleCopy(asOf, new Date('2026-12-01T01:00:00.000Z'), 7)).toBe(true);
  });

  it('counts a 時点 in the future (a wrong clock) as new', () => {
    expect(copyAgeDays(asOf, new Date('2026-11-01T00:00:00.000Z'))).toBe(0);
  });

  it('looks again after an hour, at start, or when the clock went back', () => {
    const last = '2026-12-01T10:00:00.000Z';
    expect(isCheckDue(undefined, new Date())).toBe(true);
    expect(isCheckDue(last, new Date('2026-12-01T10:59:00.000Z'))).toBe(false);
    expect(isCheckDue(last, new Date('2026-12-01T11:00:00.000Z'))).toBe(true);
    expect(isCheckDue(last, new Date('2026-12-01T09:00:00.000Z'))).toBe(true);
  });

  it('states the 時点 to the hour', () => {
    const local = new Date(2026, 11, 1, 10, 42).toISOString();
    expect(formatAsOf(local, 'ja')).toBe('令和8年12月1日10時時点');
    expect(formatAsOf(local, 'en')).toBe('as of 2026-12-01 10:00');
  });
});

describe('publishing again', () => {
  it('is due when a folder holds no copy, or the workbook changed after it', async () => {
    const { isPublishDue } = await import('./freshness');
    expect(isPublishDue(undefined, undefined)).toBe(true);
    expect(isPublishDue('2026-12-01T01:00:00.000Z', '2026-12-01T00:59:00.000Z')).toBe(false);
    expect(isPublishDue('2026-12-01T01:00:00.000Z', '2026-12-01T01:01:00.000Z')).toBe(true);
  });
});
