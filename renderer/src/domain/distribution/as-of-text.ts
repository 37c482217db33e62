import { formatWareki } from '../wareki';

/**
 * 「令和8年12月1日10時時点」: the moment a copy shows everywhere on a reader PC, to the hour, so staff know whether
 * this morning's changes are in it. English: 「as of 2026-12-01 10:00」.
 */
export function formatAsOf(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  if (language.startsWith('en')) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `as of ${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:00`;
  }
  return `${formatWareki(date)}${date.getHours()}時時点`;
}
