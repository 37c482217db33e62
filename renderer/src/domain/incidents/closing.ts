import { z } from 'zod';
import { isOpenStep, type ResponseStep } from './response-steps';

/**
 * Closing an incident (R15): the after-action review is asked for, its lessons become follow-up actions, and every
 * check must pass first — incident mode's own (open steps, the review) and those other areas contribute through the
 * registry (e.g. every emergency account opened during it changed).
 */
export const afterActionReviewSchema = z.object({
  whatHappened: z.string().trim().min(1, 'validation.required').max(4000, 'validation.tooLong'),
  whatWorked: z.string().trim().max(4000, 'validation.tooLong').default(''),
  whatDidNot: z.string().trim().max(4000, 'validation.tooLong').default(''),
  /** One lesson per line; each becomes a follow-up action (対応事項). */
  lessons: z.array(z.string().trim().min(1).max(200, 'validation.tooLong')).max(30).default([]),
});
export type AfterActionReview = z.output<typeof afterActionReviewSchema>;

/** Lessons typed one per line, blank lines dropped. */
export function lessonsFromText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

export interface CloseProblem {
  /** i18n key and values of what is still open. */
  messageKey: string;
  values?: Record<string, string | number>;
}

/** Incident mode's own checks: every step done or 該当なし, and a review written. */
export function ownCloseProblems(incident: { steps: readonly ResponseStep[]; review?: AfterActionReview | undefined }): CloseProblem[] {
  const problems: CloseProblem[] = [];
  const open = incident.steps.filter(isOpenStep);
  if (open.length > 0) problems.push({ messageKey: 'incidents.close.openSteps', values: { count: open.length, titles: open.map((s) => s.title).join('、') } });
  if (!incident.review) problems.push({ messageKey: 'incidents.close.noReview' });
  return problems;
}

/** The registry's checks run one after another; each names what is missing. */
export async function runCloseChecks(
  checks: readonly { key: string; messageKey: string; check(incidentId: string): Promise<readonly string[]> }[],
  incidentId: string,
): Promise<CloseProblem[]> {
  const problems: CloseProblem[] = [];
  for (const c of checks) {
    const missing = await c.check(incidentId);
    if (missing.length > 0) problems.push({ messageKey: c.messageKey, values: { names: missing.join('、'), count: missing.length } });
  }
  return problems;
}
