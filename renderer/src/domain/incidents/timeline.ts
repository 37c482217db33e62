import { z } from 'zod';
import type { RecordMeta } from '../record';

/**
 * One line of an incident's 経過記録 (HICS 214): what happened, when, who. Never edited in place: a correction is a new
 * entry naming the one it corrects. Entries typed in later from paper keep both times: `at` when it happened, and the
 * record's createdAt when it was entered.
 */
export const timelineEntrySchema = z.object({
  incidentId: z.string().min(1),
  /** When it happened (ISO instant). */
  at: z.iso.datetime(),
  /** Who did it or reported it. */
  who: z.string().trim().max(100, 'validation.tooLong').default(''),
  what: z.string().trim().min(1, 'validation.required').max(4000, 'validation.tooLong'),
  /** The area and record this entry was written by (a step, a report, an account opening…); absent for typed entries. */
  source: z.object({ area: z.string().min(1), recordId: z.string().min(1) }).optional(),
  /** The entry this one corrects. */
  correctsId: z.string().optional(),
});
export type TimelineEntry = RecordMeta & z.output<typeof timelineEntrySchema>;

/** An entry as the 経過記録 shows it: corrected entries stay, marked, with the entry that corrects them. */
export interface TimelineLine<E extends Pick<TimelineEntry, 'id' | 'at' | 'correctsId'>> {
  entry: E;
  /** The newer entry correcting this one, if any. */
  correctedBy?: E;
  /** The entry this one corrects. */
  corrects?: E;
}

/** The timeline in the order things happened (then in the order they were recorded), with corrections linked both ways. */
export function timelineLines<E extends Pick<TimelineEntry, 'id' | 'at' | 'correctsId' | 'createdAt'>>(entries: readonly E[]): TimelineLine<E>[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const correctedBy = new Map<string, E>();
  for (const e of entries) if (e.correctsId) correctedBy.set(e.correctsId, e);
  return [...entries]
    .sort((a, b) => a.at.localeCompare(b.at) || a.createdAt.localeCompare(b.createdAt))
    .map((entry) => ({
      entry,
      ...(correctedBy.has(entry.id) ? { correctedBy: correctedBy.get(entry.id) } : {}),
      ...(entry.correctsId && byId.has(entry.correctsId) ? { corrects: byId.get(entry.correctsId) } : {}),
    }));
}

/** Entered later than it happened (typed from paper): both times are shown. More than five minutes counts. */
export function enteredLater(entry: Pick<TimelineEntry, 'at' | 'createdAt'>): boolean {
  return Date.parse(entry.createdAt) - Date.parse(entry.at) > 5 * 60_000;
}
