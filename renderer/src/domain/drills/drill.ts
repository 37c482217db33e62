import { z } from 'zod';
import { approvalSchema } from '../plan/approval';
import type { RecordMeta } from '../record';

/**
 * 訓練 (R2, R4): planned with its scenario and people, run as an exercise incident (one timeline with incident mode),
 * then recorded — the runbook runs and paper kits used, how long the call tree took to reach each level, and the
 * findings (気づき), each followed up by an action (対応事項). The report goes to management for approval.
 */
export const drillKinds = ['tabletop', 'functional', 'fullScale'] as const;
export type DrillKind = (typeof drillKinds)[number];
export const DRILL_KIND_JA: Record<DrillKind, string> = { tabletop: '机上訓練', functional: '機能訓練', fullScale: '総合訓練' };

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'drills.validation.date');
const optionalDate = z.union([z.literal(''), date]).default('');

/** How long reaching one level of the call tree took in the drill; null when it was not reached. */
export const callTreeLevelResultSchema = z.object({
  minutes: z.number().int('drills.validation.minutes').min(0, 'drills.validation.minutes').max(10_000, 'drills.validation.minutes').nullable(),
});

export const callTreeTrialSchema = z.object({
  callTreeId: z.string().default(''),
  /** One per level of the tree, in its order. */
  levels: z.array(callTreeLevelResultSchema).max(30).default([]),
});
export type CallTreeTrial = z.output<typeof callTreeTrialSchema>;

/** A 気づき: what the drill showed; `actionId` is the follow-up action made from it. */
export const findingSchema = z.object({
  id: z.string().min(1),
  text: z.string().trim().min(1, 'validation.required').max(1000, 'validation.tooLong'),
  actionId: z.string().default(''),
});
export type Finding = z.output<typeof findingSchema>;

/** The fields planned before the drill (the plan form). */
export const drillPlanSchema = z.object({
  title: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  scheduledFor: date,
  kind: z.enum(drillKinds),
  scenario: z.string().trim().max(2000, 'validation.tooLong').default(''),
  objectives: z.string().trim().max(4000, 'validation.tooLong').default(''),
  departments: z.array(z.string().max(100)).max(100).default([]),
  participantContactIds: z.array(z.string()).max(300).default([]),
  outsideParties: z.string().trim().max(1000, 'validation.tooLong').default(''),
});
export type DrillPlan = z.output<typeof drillPlanSchema>;

export const drillSchema = drillPlanSchema.extend({
  /** The exercise incident that runs it (declared by 「訓練を開始」). */
  incidentId: z.string().default(''),
  /** Local day it was held: set when started. */
  heldOn: optionalDate,
  /** When it was ended (ISO instant), '' while running or not started. */
  finishedAt: z.string().default(''),
  runbookRunIds: z.array(z.string()).max(100).default([]),
  /** Departments whose ダウンタイムキット was used. */
  paperKitDepartments: z.array(z.string().max(100)).max(100).default([]),
  callTree: callTreeTrialSchema.default({ callTreeId: '', levels: [] }),
  findings: z.array(findingSchema).max(100).default([]),
  /** The report to management (R4): what is said, and the approval once given. */
  reportSummary: z.string().trim().max(4000, 'validation.tooLong').default(''),
  approval: approvalSchema.optional(),
});
export type DrillFields = z.output<typeof drillSchema>;
export type Drill = RecordMeta & DrillFields;

export type DrillState = 'planned' | 'running' | 'held';

export function drillState(drill: Pick<DrillFields, 'incidentId' | 'heldOn' | 'finishedAt'>): DrillState {
  if (drill.finishedAt) return 'held';
  return drill.incidentId || drill.heldOn ? 'running' : 'planned';
}

/** The day a drill counts as held for the interval: the day it ran. Planned drills have none. */
export function heldDay(drill: Pick<DrillFields, 'heldOn'>): string | undefined {
  return drill.heldOn || undefined;
}

/** Minutes from the start of the call to reaching each level, as printed (「3分」, 「未到達」). */
export function cumulativeMinutes(trial: CallTreeTrial): (number | null)[] {
  return trial.levels.map((l) => l.minutes);
}
