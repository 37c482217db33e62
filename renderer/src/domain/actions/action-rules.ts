import type { z } from 'zod';
import { followUpActionSchema, type ActionStatus, type FollowUpAction } from './follow-up-action';

/**
 * The tracker's rules: which status may follow which, 見送り needs its reason, and when an action is overdue. Pure,
 * so the list, the home notice, the print and the evidence rules agree.
 */

/** Status changes offered from each status: 完了 and 見送り can be reopened, nothing jumps without passing through. */
export const STATUS_MOVES: Record<ActionStatus, readonly ActionStatus[]> = {
  open: ['inProgress', 'done', 'deferred'],
  inProgress: ['open', 'done', 'deferred'],
  done: ['inProgress'],
  deferred: ['open', 'inProgress'],
};

export function canMove(from: ActionStatus, to: ActionStatus): boolean {
  return from === to || STATUS_MOVES[from].includes(to);
}

export function isClosed(status: ActionStatus): boolean {
  return status === 'done' || status === 'deferred';
}

/** The editor's schema: a deferred action must say why; a due date must be a date. */
export const validActionSchema = followUpActionSchema.superRefine((action, ctx) => {
  if (action.status === 'deferred' && !action.statusReason.trim()) ctx.addIssue({ code: 'custom', path: ['statusReason'], message: 'actions.validation.reasonRequired' });
  if (action.dueDate && !/^\d{4}-\d{2}-\d{2}$/.test(action.dueDate)) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'actions.validation.date' });
});
export type ActionInput = z.input<typeof validActionSchema>;

export type DueState = 'closed' | 'overdue' | 'dueToday' | 'dueSoon' | 'noDate' | 'later';

/** How many days ahead an open action counts as due soon. */
export const ACTION_DUE_SOON_DAYS = 14;

export function dueState(action: Pick<FollowUpAction, 'status' | 'dueDate'>, today: string, soonLimit: string): DueState {
  if (isClosed(action.status)) return 'closed';
  if (!action.dueDate) return 'noDate';
  if (action.dueDate < today) return 'overdue';
  if (action.dueDate === today) return 'dueToday';
  return action.dueDate <= soonLimit ? 'dueSoon' : 'later';
}

export function isOverdue(action: Pick<FollowUpAction, 'status' | 'dueDate'>, today: string): boolean {
  return !isClosed(action.status) && action.dueDate !== '' && action.dueDate < today;
}

/**
 * The action after a status change: 完了 stamps completedAt (and a reopened one loses it and its change checks), a
 * status other than 見送り keeps no reason. Throws on a move the screen never offers.
 */
export function withStatus<T extends Pick<FollowUpAction, 'status' | 'statusReason' | 'completedAt' | 'changeChecks'>>(action: T, to: ActionStatus, now: Date, reason = ''): T {
  if (!canMove(action.status, to)) throw new Error(`status ${action.status} cannot become ${to}`);
  if (to === 'deferred' && !reason.trim()) throw new Error('a deferred action needs its reason');
  const next: T = { ...action, status: to, statusReason: to === 'deferred' ? reason.trim() : '' };
  if (to === 'done') next.completedAt = action.status === 'done' && action.completedAt ? action.completedAt : now.toISOString();
  else {
    delete next.completedAt;
    delete next.changeChecks;
  }
  return next;
}

export interface ActionFilter {
  status: '' | ActionStatus | 'openAll';
  ownerContactId: string;
  overdueOnly: boolean;
  /** The area the actions came from ('manual' for ones with no source). */
  source: string;
}

export const emptyActionFilter: ActionFilter = { status: 'openAll', ownerContactId: '', overdueOnly: false, source: '' };

export function sourceArea(action: Pick<FollowUpAction, 'source'>): string {
  return action.source?.area ?? 'manual';
}

export function matchesActionFilter(action: FollowUpAction, filter: ActionFilter, today: string): boolean {
  if (filter.status === 'openAll' && isClosed(action.status)) return false;
  if (filter.status && filter.status !== 'openAll' && action.status !== filter.status) return false;
  if (filter.ownerContactId && action.ownerContactId !== filter.ownerContactId) return false;
  if (filter.overdueOnly && !isOverdue(action, today)) return false;
  if (filter.source && sourceArea(action) !== filter.source) return false;
  return true;
}

/** Open first, then by due date (undated last), then oldest first. */
export function compareActions(a: FollowUpAction, b: FollowUpAction): number {
  const closed = Number(isClosed(a.status)) - Number(isClosed(b.status));
  if (closed !== 0) return closed;
  const due = (a.dueDate || '9999').localeCompare(b.dueDate || '9999');
  return due !== 0 ? due : a.createdAt.localeCompare(b.createdAt);
}

/** Figures for the management report and the evidence rules. */
export function actionCounts(actions: readonly Pick<FollowUpAction, 'status' | 'dueDate'>[], today: string): { open: number; overdue: number; done: number; deferred: number } {
  return {
    open: actions.filter((a) => !isClosed(a.status)).length,
    overdue: actions.filter((a) => isOverdue(a, today)).length,
    done: actions.filter((a) => a.status === 'done').length,
    deferred: actions.filter((a) => a.status === 'deferred').length,
  };
}
