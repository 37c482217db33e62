import type { PlanVersion } from './plan-version';

export interface PlanEvidenceFinding {
  verdict: 'supports' | 'contradicts';
  messageKey: string;
  values?: Record<string, string>;
}

/** The days after which an approval counts as not reviewed (the plan is reviewed at least once a year). */
const REVIEW_DAYS = 365;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Evidence for the guideline items on the plan: an approved version, and its approval date within a year. */
export function planEvidence(inForce: Pick<PlanVersion, 'version' | 'approval'> | undefined, today: string): PlanEvidenceFinding[] {
  const approval = inForce?.approval;
  if (!inForce || !approval) return [{ verdict: 'contradicts', messageKey: 'plan.evidence.notApproved' }];
  const findings: PlanEvidenceFinding[] = [{ verdict: 'supports', messageKey: 'plan.evidence.approved', values: { version: inForce.version, date: approval.approvedOn, name: approval.approverName } }];
  if (daysBetween(approval.approvedOn, today) > REVIEW_DAYS) findings.push({ verdict: 'contradicts', messageKey: 'plan.evidence.stale', values: { date: approval.approvedOn } });
  return findings;
}
