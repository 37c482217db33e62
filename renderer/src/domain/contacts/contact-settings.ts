import { daysSetting } from '../setting-declaration';

/** Settings of the contacts area. */
export const contactSettings = {
  /** Contacts not verified for longer than this are flagged (issue: contacts). */
  contactReviewDays: daysSetting(7, 3650, 180),
};
