import type { ContactFields } from './contact';
import { daysBetween } from '../../base/local-date';

/**
 * 最終確認日: a number nobody has checked for months is the one that is wrong on the day it is needed, so contacts
 * unverified for longer than the review period (Settings, default 180 days) are flagged.
 */


export type ReviewState = 'unverified' | 'overdue' | 'current';

export function reviewState(contact: Pick<ContactFields, 'lastVerifiedAt'>, today: string, reviewDays: number): ReviewState {
  if (!contact.lastVerifiedAt) return 'unverified';
  return daysBetween(contact.lastVerifiedAt, today) > reviewDays ? 'overdue' : 'current';
}

export function needsReview(contact: Pick<ContactFields, 'lastVerifiedAt'>, today: string, reviewDays: number): boolean {
  return reviewState(contact, today, reviewDays) !== 'current';
}
