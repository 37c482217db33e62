import type { TFunction } from 'i18next';
import type { Contact } from '../../domain/contacts/contact';
import { isLocalDateString, parseLocalDate } from '../../base/local-date';
import { formatWareki } from '../../domain/wareki';

/** A date-only value for the screen: 和暦 in Japanese, ISO in English, a dash when unknown. */
export function displayDate(value: string, language: string): string {
  if (!value || !isLocalDateString(value)) return '—';
  return language.startsWith('ja') ? formatWareki(parseLocalDate(value)) : value;
}

/** An ISO instant as local date and time, e.g. 「11/21 09:12」; the run screens show times people wrote on paper. */
export function displayTime(iso: string, language: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  return d.toLocaleString(language.startsWith('ja') ? 'ja-JP' : 'en-GB', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** 「山田 太郎（○○メディカル）」: the vendor as people recognise it. */
export function contactLabel(contact: Pick<Contact, 'name' | 'organisation'> | undefined): string {
  if (!contact) return '';
  return contact.organisation ? `${contact.name}（${contact.organisation}）` : contact.name;
}

export function hoursLabel(t: TFunction, value: number | null): string {
  return value === null ? '—' : t('systems.hoursValue', { count: value });
}

/** Minutes as 「1時間30分」 in Japanese, 「1 h 30 min」 in English. */
export function minutesLabel(t: TFunction, minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const h = Math.floor(m / 60);
  if (h === 0) return t('systems.minutes', { count: m });
  return m % 60 === 0 ? t('systems.hours', { count: h }) : t('systems.hoursMinutes', { h, m: m % 60 });
}
