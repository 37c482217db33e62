import type { ContactFields } from './contact';
import { reviewState } from './contact-review';

/** Contacts whose numbers were confirmed within the review period, as of `asOf` (the 年度's end, or today if earlier). */
export function contactsVerified(contacts: readonly Pick<ContactFields, 'lastVerifiedAt'>[], asOf: string, reviewDays: number): { verified: number; total: number } {
  return { verified: contacts.filter((c) => reviewState(c, asOf, reviewDays) === 'current').length, total: contacts.length };
}
