import type { TFunction } from 'i18next';
import type { Contact } from '../../domain/contacts/contact';

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
