import type { TFunction } from 'i18next';
import { daysBetween, reviewState } from '../../domain/contact-review';
import type { Contact } from '../../domain/contact';

/** 「未確認」 or 「要確認（n 日経過）」 next to a contact that needs checking; nothing when it is current. */
export function ReviewBadge({ contact, today, reviewDays, t }: { contact: Contact; today: string; reviewDays: number; t: TFunction }) {
  const state = reviewState(contact, today, reviewDays);
  if (state === 'current') return null;
  return (
    <span className="badge unverified" data-testid="review-badge">
      {state === 'unverified' ? t('contacts.unverified') : t('contacts.overdue', { days: daysBetween(contact.lastVerifiedAt, today) })}
    </span>
  );
}
