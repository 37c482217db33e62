import { toLocalDateString } from '../../base/local-date';
import { actionCounts } from './action-rules';
import type { FollowUpAction } from './follow-up-action';

/** What the actions rule tells the self-assessment (the shape of EvidenceFinding in workbook/feature-module.ts). */
export interface ActionEvidence {
  verdict: 'supports' | 'contradicts';
  messageKey: string;
  values?: Record<string, string | number>;
  href?: string;
}

/** Lessons acted on: actions completed in the 年度 support the item, overdue ones contradict it. */
export function actionEvidence(actions: readonly Pick<FollowUpAction, 'status' | 'dueDate' | 'completedAt'>[], today: string, fiscalYear: { start: string; end: string }): ActionEvidence[] {
  const counts = actionCounts(actions, today);
  const completedDay = (a: Pick<FollowUpAction, 'completedAt'>) => (a.completedAt ? toLocalDateString(new Date(a.completedAt)) : '');
  const doneThisYear = actions.filter((a) => a.status === 'done' && completedDay(a) >= fiscalYear.start && completedDay(a) <= fiscalYear.end && completedDay(a) !== '').length;
  const findings: ActionEvidence[] = [];
  if (doneThisYear > 0) findings.push({ verdict: 'supports', messageKey: 'actions.evidence.doneThisYear', values: { count: doneThisYear }, href: '/actions?status=done' });
  if (counts.overdue > 0) findings.push({ verdict: 'contradicts', messageKey: 'actions.evidence.overdue', values: { count: counts.overdue }, href: '/actions?overdue=1' });
  else if (counts.open === 0) findings.push({ verdict: 'supports', messageKey: 'actions.evidence.noneOpen', href: '/actions' });
  return findings;
}
