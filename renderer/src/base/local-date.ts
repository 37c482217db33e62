/**
 * Date-only values (EOS dates, test-restore dates, review dates) are stored as local 'YYYY-MM-DD' strings: the date
 * on the wall calendar, never shifted by a time zone. These helpers do the arithmetic on them.
 */

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of `date` as 'YYYY-MM-DD'. */
export function toLocalDateString(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A real calendar date in 'YYYY-MM-DD' form (rejects 2026-02-30). */
export function isLocalDateString(value: string): boolean {
  const m = PATTERN.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(year, month - 1, day);
  return d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === day;
}

/** Local midnight of a 'YYYY-MM-DD' string; callers validate first. */
export function parseLocalDate(value: string): Date {
  const m = PATTERN.exec(value);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${value}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/**
 * `months` calendar months after `value`, clamped to the month's last day (2026-08-31 + 6 months = 2027-02-28), the
 * way people count 「6か月前」.
 */
export function addMonths(value: string, months: number): string {
  const d = parseLocalDate(value);
  const target = new Date(d.getFullYear(), d.getMonth() + months, 1);
  const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(d.getDate(), lastDay));
  return toLocalDateString(target);
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `days` days after `value` (negative for before). */
export function addDays(value: string, days: number): string {
  const d = parseLocalDate(value);
  d.setDate(d.getDate() + days);
  return toLocalDateString(d);
}
