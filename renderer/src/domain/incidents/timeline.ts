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
