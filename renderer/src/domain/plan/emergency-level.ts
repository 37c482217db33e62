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

/**
 * A level's name by id: the facility's list first, then the three defaults (a workbook that never wrote its own list),
 * else the stored id marked as no longer defined, so a procedure never loses the level it was given.
 */
export function emergencyLevelName(levels: readonly Pick<EmergencyLevelChoice, 'id' | 'name'>[], id: string): string {
  return levels.find((l) => l.id === id)?.name ?? DEFAULT_EMERGENCY_LEVELS.find((l) => l.id === id)?.name ?? `${id}（計画にないレベル）`;
}

/** Names of the facility's levels by id, for printed documents. */
export function emergencyLevelNames(levels: readonly Pick<EmergencyLevelChoice, 'id' | 'name'>[]): ReadonlyMap<string, string> {
  return new Map([...DEFAULT_EMERGENCY_LEVELS, ...levels].map((l) => [l.id, l.name]));
}
