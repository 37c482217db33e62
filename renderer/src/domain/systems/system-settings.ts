import { daysSetting } from '../setting-declaration';

/** Settings of the systems area. */
export const systemSettings = {
  /** A backup with no successful test restore for longer than this is warned about (issue: systems & backups). */
  testRestoreDays: daysSetting(7, 3650, 180),
};
