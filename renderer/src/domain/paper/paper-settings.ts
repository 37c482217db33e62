import { daysSetting } from '../setting-declaration';
import { DEFAULT_PLANNED_DAYS, MAX_PLANNED_DAYS } from './stock-plan';

/** Settings of the paper area. */
export const paperSettings = {
  /** Days of paper operation the form stock is planned for (issue: paper; real outages lasted weeks). */
  paperPlannedDays: daysSetting(1, MAX_PLANNED_DAYS, DEFAULT_PLANNED_DAYS),
};
