import { parseLocalDate } from '../../base/local-date';
import { formatFiscalYear, formatWareki, fiscalYearOf } from '../wareki';

/**
 * The 年度 an answer belongs to, named by the 西暦 year it starts in (2026 = 令和8年度 with an April start). The
 * facility's start month (facility.fiscalYearStartMonth) sets its bounds.
 */

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** First and last day of the 年度, YYYY-MM-DD, both inclusive. */
export function fiscalYearBounds(fiscalYear: number, startMonth = 4): { start: string; end: string } {
  const start = `${fiscalYear}-${pad(startMonth)}-01`;
  // The day before the same month a year later (new Date(y, m, 0) is the last day of month m).
  const last = new Date(fiscalYear + 1, startMonth - 1, 0);
  const end = `${last.getFullYear()}-${pad(last.getMonth() + 1)}-${pad(last.getDate())}`;
  return { start, end };
}

/** The 年度 containing a YYYY-MM-DD date. */
export function fiscalYearOfDate(date: string, startMonth = 4): number {
  return fiscalYearOf(parseLocalDate(date), startMonth);
}

export function isInFiscalYear(date: string, fiscalYear: number, startMonth = 4): boolean {
  const { start, end } = fiscalYearBounds(fiscalYear, startMonth);
  return date >= start && date <= end;
}

/** 「令和8年度」 */
export function fiscalYearLabel(fiscalYear: number, startMonth = 4): string {
  return formatFiscalYear(parseLocalDate(fiscalYearBounds(fiscalYear, startMonth).start), startMonth);
}

/** 「令和8年4月1日」, or '' for no date. */
export function warekiOf(date: string): string {
  return date ? formatWareki(parseLocalDate(date)) : '';
}
