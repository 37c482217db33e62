import { formatWareki } from '../domain/wareki';

/** 「令和7年6月1日 9:05」: local date in 和暦 with the time, for backup and audit times on screen. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const time = `${date.getHours()}:${String(date.getMinutes()).padStart(2, '0')}`;
  return language === 'en' ? `${date.toLocaleDateString('en-CA')} ${time}` : `${formatWareki(date)} ${time}`;
}

/** 「令和7年6月1日」 for the 「○年○月○日時点」 of a distributed copy. */
export function formatAsOf(iso: string, language: string): string {
  const date = new Date(iso);
  return language === 'en' ? date.toLocaleDateString('en-CA') : formatWareki(date);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
