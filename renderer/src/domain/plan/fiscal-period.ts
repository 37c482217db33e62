import { parseLocalDate } from '../../base/local-date';
import { fiscalYearOf, formatFiscalYearBoth } from '../wareki';

const pad = (n: number) => String(n).padStart(2, '0');

/** The 年度 starting in `startYear` as inclusive YYYY-MM-DD bounds, and its name 「令和8年度（2026年度）」. */
export function fiscalPeriod(startYear: number, startMonth = 4): { start: string; end: string; label: string } {
  const start = new Date(startYear, startMonth - 1, 1);
  const end = new Date(startYear + 1, startMonth - 1, 0);
  const text = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return { start: text(start), end: text(end), label: formatFiscalYearBoth(start, startMonth) };
}

/** The 年度 containing `today` (YYYY-MM-DD), by its start year. */
export function fiscalYearContaining(today: string, startMonth = 4): number {
  return fiscalYearOf(parseLocalDate(today), startMonth);
}
