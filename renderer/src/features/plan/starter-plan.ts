import { z } from 'zod';
import { DEFAULT_EMERGENCY_LEVELS, type EmergencyLevelChoice } from '../../domain/plan/emergency-level';
import { planDraftSchema, type PlanDraft } from '../../domain/plan/plan-version';

/**
 * The starter plan shipped with the app (resources/plan/starter-plan.json, our own Japanese after the ひな形's chapters),
 * bundled rather than fetched: a new workbook is seeded inside the first-run transaction.
 */
const files = import.meta.glob<unknown>('../../../../resources/plan/starter-plan.json', { eager: true, import: 'default' });

const starterSchema = planDraftSchema.extend({ levelCriteria: z.record(z.string(), z.string()).default({}) });

export function starterPlan(): { draft: PlanDraft; levels: EmergencyLevelChoice[] } {
  const [file] = Object.values(files);
  const { levelCriteria, ...draft } = starterSchema.parse(file);
  return { draft, levels: DEFAULT_EMERGENCY_LEVELS.map((l) => ({ ...l, criteria: levelCriteria[l.id] ?? '' })) };
}
