import { reviewState } from '../../domain/contacts/contact-review';
import { daysBetween } from '../../base/local-date';
import type { Contact } from '../../domain/contacts/contact';
import type { ContactListText } from './contact-list-text';

/** 「未確認」 or 「要確認（n 日経過）」 next to a contact that needs checking; nothing when it is current. */
export function ReviewBadge({ contact, today, reviewDays, text }: { contact: Contact; today: string; reviewDays: number; text: ContactListText }) {
  const state = reviewState(contact, today, reviewDays);
  if (state === 'current') return null;
  return (
    <span className="badge unverified" data-testid="review-badge">
      {state === 'unverified' ? text.unverified : text.overdue(daysBetween(contact.lastVerifiedAt, today))}
    </span>
  );
}
