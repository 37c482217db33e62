import { daysSetting } from '../setting-declaration';

/** Settings of the drills area. */
export const drillSettings = {
  /** A drill is due this many days after the last one held (R2: at least once a year). */
  drillIntervalDays: daysSetting(30, 1825, 365),
};
