import type { ContactFields } from './contact';

/**
 * 最終確認日: a number nobody has checked for months is the one that is wrong on the day it is needed, so contacts
 * unverified for longer than the review period (Settings, default 180 days) are flagged.
 */

/** Today's date on the wall calendar as YYYY-MM-DD (local time, like the date written on paper). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whole days from `from` (YYYY-MM-DD) to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type ReviewState = 'unverified' | 'overdue' | 'current';

export function reviewState(contact: Pick<ContactFields, 'lastVerifiedAt'>, today: string, reviewDays: number): ReviewState {
  if (!contact.lastVerifiedAt) return 'unverified';
  return daysBetween(contact.lastVerifiedAt, today) > reviewDays ? 'overdue' : 'current';
}

export function needsReview(contact: Pick<ContactFields, 'lastVerifiedAt'>, today: string, reviewDays: number): boolean {
  return reviewState(contact, today, reviewDays) !== 'current';
}
