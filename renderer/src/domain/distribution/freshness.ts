/** How old a reader's copy is, and when the reader looks for a newer one. */

export const DEFAULT_COPY_MAX_AGE_DAYS = 7;
/** A reader looks at its folder at start and then every hour. */
export const CHECK_INTERVAL_MS = 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since the copy's 時点 (0 on the day itself); a 時点 in the future (a wrong clock) counts as 0. */
export function copyAgeDays(asOf: string, now: Date): number {
  const age = now.getTime() - Date.parse(asOf);
  return Number.isFinite(age) && age > 0 ? Math.floor(age / DAY_MS) : 0;
}

/** Older than the set age: the PC shows the copy as 古い until a newer one arrives. */
export function isStaleCopy(asOf: string, now: Date, maxAgeDays: number): boolean {
  return copyAgeDays(asOf, now) >= maxAgeDays;
}

/** Due for a look: never looked, an hour has passed, or the clock went back (looked "in the future"). */
export function isCheckDue(lastCheckedAt: string | undefined, now: Date): boolean {
  if (!lastCheckedAt) return true;
  const since = now.getTime() - Date.parse(lastCheckedAt);
  return !Number.isFinite(since) || since < 0 || since >= CHECK_INTERVAL_MS;
}

/**
 * The editing PC publishes again when the workbook changed after the copy a folder holds (or it holds none yet);
 * it looks at start and every hour, like a reader.
 */
export function isPublishDue(publishedAsOf: string | undefined, lastChangeAt: string | undefined): boolean {
  if (!publishedAsOf) return true;
  return lastChangeAt !== undefined && lastChangeAt > publishedAsOf;
}
