import { z } from 'zod';
import type { RecordMeta } from '../record';

/**
 * 対応事項: one thing that needs doing, whatever found it (a drill finding, an incident lesson, a checklist いいえ, an EOS
 * review, a stale contact). One tracker for all of them; the areas that find things create actions through
 * db/actions-store.ts, and the actions area lists, edits and closes them.
 */
export const actionStatuses = ['open', 'inProgress', 'done', 'deferred'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const ACTION_STATUS_JA: Record<ActionStatus, string> = { open: '未着手', inProgress: '対応中', done: '完了', deferred: '見送り' };

/** A link to the record an action came from or changes: area key (workbook/areas.ts), table and id, and its name then. */
export const recordLinkSchema = z.object({
  area: z.string().min(1),
  table: z.string().min(1),
  recordId: z.string().min(1),
  label: z.string().max(200).default(''),
});
export type RecordLink = z.output<typeof recordLinkSchema>;

/** On completion: one changed record, whether it was updated, and the audit rows that show it. */
export const changeCheckSchema = z.object({
  table: z.string().min(1),
  recordId: z.string().min(1),
  label: z.string().max(200).default(''),
  updated: z.boolean(),
  auditSeqs: z.array(z.number().int()).max(200).default([]),
});
export type ChangeCheck = z.output<typeof changeCheckSchema>;

export const followUpActionSchema = z.object({
  title: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  detail: z.string().trim().max(4000, 'validation.tooLong').default(''),
  /** The contact who owns it. */
  ownerContactId: z.string().default(''),
  /** YYYY-MM-DD, or '' when not set. */
  dueDate: z.string().default(''),
  status: z.enum(actionStatuses).default('open'),
  /** Why it was deferred (見送り) — required then. */
  statusReason: z.string().trim().max(1000, 'validation.tooLong').default(''),
  /** Where it came from. */
  source: recordLinkSchema.optional(),
  /** What it changes (a procedure, runbook, form, contact, plan section). */
  changes: z.array(recordLinkSchema).max(20).default([]),
  completedAt: z.string().optional(),
  /**
   * Filled when it is completed: for each record it changes, whether that record was updated, and the audit-trail
   * rows (seq) of the change made since the action was created.
   */
  changeChecks: z.array(changeCheckSchema).max(20).optional(),
});
export type FollowUpAction = RecordMeta & z.output<typeof followUpActionSchema>;
