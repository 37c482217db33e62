/**
 * 和暦 (Japanese era) and 年度 (fiscal year) formatting for print.
 *
 * The era table is our own rather than Intl's `ja-JP-u-ca-japanese`: ICU builds differ (older ones print 平成 after
 * 2019-05-01, some print 「1年」 instead of 「元年」), and a printed BCP must read the same on every PC.
 * All functions use the *local* date parts, because the date on the paper is the date on the wall calendar.
 */

export interface Era {
  /** 令和, 平成, … */
  readonly name: string;
  /** First day of the era (Gregorian, local date). */
  readonly start: { readonly year: number; readonly month: number; readonly day: number };
}

/** Newest first, so the first era that started on or before a date is its era. */
export const ERAS: readonly Era[] = [
  { name: '令和', start: { year: 2019, month: 5, day: 1 } },
  { name: '平成', start: { year: 1989, month: 1, day: 8 } },
  { name: '昭和', start: { year: 1926, month: 12, day: 25 } },
  { name: '大正', start: { year: 1912, month: 7, day: 30 } },
  // Japan adopted the Gregorian calendar on 明治6年1月1日; earlier 明治 dates used the lunar calendar and cannot be
  // expressed with this table, so they fall back to 西暦.
  { name: '明治', start: { year: 1873, month: 1, day: 1 } },
];

const MEIJI_GREGORIAN_OFFSET = 1868; // 明治1年 = 1868, even though the table starts at 明治6年

export interface WarekiDate {
  era: string;
  /** 1 for 元年. */
  eraYear: number;
  month: number;
  day: number;
}

function ymdKey(year: number, month: number, day: number): number {
  return year * 10_000 + month * 100 + day;
}

function eraFirstYear(era: Era): number {
  return era.name === '明治' ? MEIJI_GREGORIAN_OFFSET : era.start.year;
}

function eraAt(year: number, month: number, day: number): Era | undefined {
  const key = ymdKey(year, month, day);
  return ERAS.find((era) => ymdKey(era.start.year, era.start.month, era.start.day) <= key);
}

/** The era date of a local calendar date, or null before 明治6年 (see ERAS). */
export function toWareki(date: Date): WarekiDate | null {
  const year = date.getFullYear();
  const month = date.getMonth() + 1;
  const day = date.getDate();
  const era = eraAt(year, month, day);
  if (!era) return null;
  return { era: era.name, eraYear: year - eraFirstYear(era) + 1, month, day };
}

/** 「令和元年」, 「令和8年」: the first year of an era is always written 元年 on official paper. */
export function formatEraYear(era: string, eraYear: number): string {
  return `${era}${eraYear === 1 ? '元' : String(eraYear)}年`;
}

/** 「2026年11月21日」 */
export function formatSeireki(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

/** 「令和8年11月21日」; dates before the table fall back to 西暦 so printing never fails. */
export function formatWareki(date: Date): string {
  const w = toWareki(date);
  if (!w) return formatSeireki(date);
  return `${formatEraYear(w.era, w.eraYear)}${w.month}月${w.day}日`;
}

/** 「令和8年11月21日（2026年11月21日）」: both calendars, because staff and vendors read different ones. */
export function formatPrintDate(date: Date): string {
  const wareki = formatWareki(date);
  const seireki = formatSeireki(date);
  return wareki === seireki ? seireki : `${wareki}（${seireki}）`;
}

function assertStartMonth(startMonth: number): void {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`fiscal year start month must be 1–12, got ${startMonth}`);
  }
}

/** The 西暦 year in which the fiscal year containing `date` starts (April start: 2027-03-31 → 2026). */
export function fiscalYearOf(date: Date, startMonth = 4): number {
  assertStartMonth(startMonth);
  const month = date.getMonth() + 1;
  return month >= startMonth ? date.getFullYear() : date.getFullYear() - 1;
}

/**
 * 「令和8年度」 for the fiscal year containing `date`.
 *
 * A fiscal year is named after the era year of the calendar year it starts in, counting a calendar year with an era
 * change as the new era's 元年. That gives the names in official use: FY2019 = 令和元年度 (not 平成31年度),
 * FY1988 = 昭和63年度, FY1989 = 平成元年度.
 */
export function formatFiscalYear(date: Date, startMonth = 4): string {
  const fiscalYear = fiscalYearOf(date, startMonth);
  const w = toWareki(new Date(fiscalYear, 11, 31));
  if (!w) return `${fiscalYear}年度`;
  return `${formatEraYear(w.era, w.eraYear)}度`;
}

/** 「令和8年度（2026年度）」 */
export function formatFiscalYearBoth(date: Date, startMonth = 4): string {
  const wareki = formatFiscalYear(date, startMonth);
  const seireki = `${fiscalYearOf(date, startMonth)}年度`;
  return wareki === seireki ? seireki : `${wareki}（${seireki}）`;
}
