import { daysSetting } from '../setting-declaration';

/** Settings of the emergency accounts area. */
export const accountSettings = {
  /** A sealed credential not checked for longer than this is shown as overdue (issue 15: default 90 days). */
  accountSealCheckDays: daysSetting(7, 730, 90),
};
