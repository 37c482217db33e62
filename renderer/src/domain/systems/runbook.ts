import { z } from 'zod';
import type { RecordMeta } from '../record';

/** A restore runbook (R9): the ordered steps to bring one system back, and what must be up before it starts. */

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong').default('');

export const runbookStepSchema = z.object({
  /** Stable within the runbook, so a run can refer to a step even after the runbook is reordered. */
  id: z.string().min(1),
  /** What to do. */
  action: z.string().trim().min(1, 'validation.required').max(500, 'validation.tooLong'),
  /** Who does it (a role or a name). */
  owner: text(80),
  expectedMinutes: z
    .number('systems.validation.number')
    .int('systems.validation.integer')
    .min(0, 'systems.validation.notNegative')
    .max(10_000, 'systems.validation.tooLarge'),
  /** How to tell the step worked. */
  verification: text(500),
  notes: text(1000),
});

export const runbookSchema = z
  .object({
    systemId: z.string().min(1, 'systems.validation.systemRequired'),
    title: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
    /** Systems that must be running before this restore can start (the core switch before the AD, the AD before the EHR). */
    prerequisiteSystemIds: z.array(z.string().min(1)).max(200).default([]),
    steps: z.array(runbookStepSchema).min(1, 'systems.validation.stepsRequired').max(300, 'systems.validation.tooManySteps'),
    notes: text(2000),
  })
  .superRefine((r, ctx) => {
    if (r.prerequisiteSystemIds.includes(r.systemId)) {
      ctx.addIssue({ code: 'custom', path: ['prerequisiteSystemIds'], message: 'systems.validation.selfPrerequisite' });
    }
    if (new Set(r.steps.map((s) => s.id)).size !== r.steps.length) {
      ctx.addIssue({ code: 'custom', path: ['steps'], message: 'systems.validation.duplicateStep' });
    }
  });

export type RunbookStep = z.output<typeof runbookStepSchema>;
export type RunbookFields = z.output<typeof runbookSchema>;
export type Runbook = RunbookFields & RecordMeta;

export function totalExpectedMinutes(steps: readonly Pick<RunbookStep, 'expectedMinutes'>[]): number {
  return steps.reduce((sum, s) => sum + s.expectedMinutes, 0);
}

/** 「1時間30分」「45分」 */
export function formatMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m}分`;
  const h = Math.floor(m / 60);
  return m % 60 === 0 ? `${h}時間` : `${h}時間${m % 60}分`;
}

/** Every system a runbook says must come first, per system (the union over that system's runbooks). */
export function prerequisitesBySystem(runbooks: readonly Pick<RunbookFields, 'systemId' | 'prerequisiteSystemIds'>[]): Map<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const r of runbooks) {
    const set = map.get(r.systemId) ?? new Set<string>();
    r.prerequisiteSystemIds.forEach((id) => set.add(id));
    map.set(r.systemId, set);
  }
  return new Map([...map].map(([id, set]) => [id, [...set]]));
}
