import { addDays } from '../../base/local-date';
import { heldDay, type DrillFields } from './drill';

/** When the next drill is due: a year (the setting) after the last one held, or at once when none was ever held. */
export interface DrillDue {
  /** The last day a drill was held, if any. */
  lastHeldOn?: string;
  /** The day the next drill is due by. Undefined when none was ever held (due now). */
  dueOn?: string;
  /** The earliest drill planned from today on, if any. */
  plannedOn?: string;
  /** due or past, and none planned before the due day. */
  state: 'ok' | 'dueSoon' | 'overdue' | 'never';
}

/** How many days before the due day the home starts to remind. */
export const DUE_SOON_DAYS = 60;

export function drillDue(drills: readonly Pick<DrillFields, 'heldOn' | 'scheduledFor' | 'incidentId' | 'finishedAt'>[], intervalDays: number, today: string): DrillDue {
  const held = drills.map(heldDay).filter((d): d is string => d !== undefined).sort();
  const lastHeldOn = held.at(-1);
  const planned = drills
    .filter((d) => !heldDay(d) && d.scheduledFor >= today)
    .map((d) => d.scheduledFor)
    .sort()[0];
  const base = { ...(lastHeldOn ? { lastHeldOn } : {}), ...(planned ? { plannedOn: planned } : {}) };
  if (!lastHeldOn) return { ...base, state: planned ? 'ok' : 'never' };
  const dueOn = addDays(lastHeldOn, intervalDays);
  // A drill planned on or before the due day covers it.
  if (planned && planned <= dueOn) return { ...base, dueOn, state: 'ok' };
  if (dueOn < today) return { ...base, dueOn, state: 'overdue' };
  if (addDays(today, DUE_SOON_DAYS) >= dueOn) return { ...base, dueOn, state: 'dueSoon' };
  return { ...base, dueOn, state: 'ok' };
}

/** Drills held in a 年度 (bounds inclusive, YYYY-MM-DD). */
export function drillsHeldIn<T extends Pick<DrillFields, 'heldOn'>>(drills: readonly T[], range: { start: string; end: string }): T[] {
  return drills.filter((d) => d.heldOn && d.heldOn >= range.start && d.heldOn <= range.end);
}
