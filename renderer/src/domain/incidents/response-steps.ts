import { z } from 'zod';

/**
 * 初動対応: the ordered steps of the first hours. The facility keeps a template (shipped in
 * resources/incidents/initial-response.json, editable and reorderable in 設定); declaring an incident copies it, and
 * each copied step is then marked done (who, when), or 該当なし with a reason. Pure functions; the screen saves each
 * change as one transaction with its timeline line.
 */

/** Where a step's work is done in the workbook: a route path (call tree, contacts, paper kits, restore order…). */
export const stepLinkSchema = z.object({
  label: z.string().trim().min(1, 'validation.required').max(60, 'validation.tooLong'),
  path: z.string().regex(/^\/[a-z0-9/-]*$/, 'incidents.validation.path'),
});
export type StepLink = z.output<typeof stepLinkSchema>;

export const stepTemplateSchema = z.object({
  key: z.string().trim().min(1).max(60),
  title: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  detail: z.string().trim().max(2000, 'validation.tooLong').default(''),
  links: z.array(stepLinkSchema).max(8).default([]),
});
export type StepTemplate = z.output<typeof stepTemplateSchema>;

export const responseTemplateSchema = z.array(stepTemplateSchema).min(1).max(60);

export const responseStepSchema = stepTemplateSchema.extend({
  /** When it was done (ISO); '' while open. Editable: work done on paper is entered later with its real time. */
  doneAt: z.string().default(''),
  doneBy: z.string().max(100, 'validation.tooLong').default(''),
  note: z.string().max(2000, 'validation.tooLong').default(''),
  /** 該当なし, with the reason (required then). */
  notApplicable: z.boolean().default(false),
  notApplicableReason: z.string().max(500, 'validation.tooLong').default(''),
});
export type ResponseStep = z.output<typeof responseStepSchema>;

/** The incident's own copy of the template, in template order. */
export function stepsFromTemplate(template: readonly StepTemplate[]): ResponseStep[] {
  return template.map((t) => ({ ...t, links: [...t.links], doneAt: '', doneBy: '', note: '', notApplicable: false, notApplicableReason: '' }));
}

export const isOpenStep = (step: ResponseStep) => !step.doneAt && !step.notApplicable;

/** The next open steps in order (the emergency home shows the first few). */
export function nextOpenSteps(steps: readonly ResponseStep[], count = 3): ResponseStep[] {
  return steps.filter(isOpenStep).slice(0, count);
}

export class StepChangeError extends Error {
  constructor(readonly code: 'unknownStep' | 'reasonRequired') {
    super(`step change refused: ${code}`);
  }
}

function change(steps: readonly ResponseStep[], key: string, fn: (s: ResponseStep) => ResponseStep): ResponseStep[] {
  if (!steps.some((s) => s.key === key)) throw new StepChangeError('unknownStep');
  return steps.map((s) => (s.key === key ? fn(s) : s));
}

export function markStepDone(steps: readonly ResponseStep[], key: string, doneAt: string, doneBy: string, note?: string): ResponseStep[] {
  return change(steps, key, (s) => ({ ...s, doneAt, doneBy, notApplicable: false, notApplicableReason: '', note: note ?? s.note }));
}

export function markStepNotApplicable(steps: readonly ResponseStep[], key: string, reason: string, by: string): ResponseStep[] {
  if (!reason.trim()) throw new StepChangeError('reasonRequired');
  return change(steps, key, (s) => ({ ...s, doneAt: '', doneBy: by, notApplicable: true, notApplicableReason: reason.trim() }));
}

export function reopenStep(steps: readonly ResponseStep[], key: string): ResponseStep[] {
  return change(steps, key, (s) => ({ ...s, doneAt: '', doneBy: '', notApplicable: false, notApplicableReason: '' }));
}

export function setStepNote(steps: readonly ResponseStep[], key: string, note: string): ResponseStep[] {
  return change(steps, key, (s) => ({ ...s, note: note.trim() }));
}

/** Move one template step up (-1) or down (+1); the ends stay where they are. */
export function moveTemplateStep<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

/** A key for a step the facility adds, unique within the template. */
export function newStepKey(template: readonly Pick<StepTemplate, 'key'>[]): string {
  const used = new Set(template.map((s) => s.key));
  let n = template.length + 1;
  while (used.has(`own-${n}`)) n += 1;
  return `own-${n}`;
}
