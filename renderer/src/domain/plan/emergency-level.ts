import { z } from 'zod';
import { EMERGENCY_LEVEL_LABELS, emergencyLevels } from '../paper/procedure';
import type { RecordMeta } from '../record';

/**
 * The facility's emergency levels (非常時レベル) with their activation criteria. Procedures and incidents refer to a
 * level by id. Until the facility writes its own, the three levels procedures have always used are the list, with
 * the same ids, so nothing stored before changes meaning.
 */
export const emergencyLevelSchema = z.object({
  /** Order, lowest first. */
  rank: z.number().int().min(0),
  name: z.string().trim().min(1, 'validation.required').max(60, 'validation.tooLong'),
  criteria: z.string().trim().max(2000, 'validation.tooLong').default(''),
});
export type EmergencyLevelRecord = RecordMeta & z.output<typeof emergencyLevelSchema>;

/** What a reader needs of a level: its id, name and order. */
export type EmergencyLevelChoice = Pick<EmergencyLevelRecord, 'id' | 'rank' | 'name' | 'criteria'>;

export const DEFAULT_EMERGENCY_LEVELS: readonly EmergencyLevelChoice[] = emergencyLevels.map((id, rank) => ({
  id,
  rank,
  name: EMERGENCY_LEVEL_LABELS[id],
  criteria: '',
}));
