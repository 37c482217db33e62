import { isLocalDateString, parseLocalDate, toLocalDateString } from '../base/local-date';
import { formatWareki } from './wareki';

/**
 * Dates and clock times as people read them, on screen and on paper alike: 和暦 in Japanese, 西暦 (YYYY-MM-DD) in
 * English, and a clock time always with two-digit hours (09:05), the way a time is written on a paper form, so the
 * same moment never reads 9:05 on one screen and 09:05 on another. Local time throughout: the wall clock.
 * `language` is the UI language ('ja', 'en'); paper passes 'ja'.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const isEnglish = (language: string) => language.startsWith('en');

function instant(iso: string): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** 「09:05」 */
export function formatTime(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** 「令和8年11月21日」 or 「2026-11-21」. */
export function formatDate(date: Date, language: string): string {
  return isEnglish(language) ? toLocalDateString(date) : formatWareki(date);
}

/** A stored date-only value ('YYYY-MM-DD': EOS, review, test-restore dates), or a dash when unset or malformed. */
export function formatStoredDate(value: string, language: string): string {
  return value && isLocalDateString(value) ? formatDate(parseLocalDate(value), language) : '—';
}

/** The calendar date of an instant (「令和8年11月21日時点」); '' when the instant is missing or malformed. */
export function formatInstantDate(iso: string, language: string): string {
  const date = instant(iso);
  return date ? formatDate(date, language) : '';
}

/** 「令和8年11月21日 09:05」 or 「2026-11-21 09:05」; '' when the instant is missing or malformed. */
export function formatDateTime(iso: string, language: string): string {
  const date = instant(iso);
  return date ? `${formatDate(date, language)} ${formatTime(date)}` : '';
}

/**
 * 「11/22 01:30」 (English 「22/11 01:30」): the short form the run screen and its printed record use. Restores run past
 * midnight and for days, so a check-off time is never shown without its date.
 */
export function formatMonthDayTime(iso: string, language: string): string {
  const date = instant(iso);
  if (!date) return '';
  const [month, day] = [date.getMonth() + 1, date.getDate()];
  return `${isEnglish(language) ? `${day}/${month}` : `${month}/${day}`} ${formatTime(date)}`;
}

/** 「令和8年11月21日 23:30 〜 01:00」, or with the end's date in full when the span crosses midnight. */
export function formatTimeSpan(fromIso: string, toIso: string, language: string): string {
  const [from, to] = [instant(fromIso), instant(toIso)];
  if (!from || !to) return '';
  const sameDay = toLocalDateString(from) === toLocalDateString(to);
  return `${formatDateTime(fromIso, language)} 〜 ${sameDay ? formatTime(to) : formatDateTime(toIso, language)}`;
}
