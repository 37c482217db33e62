import { drillsHeldIn } from './drill-due';
import type { DrillFields } from './drill';

/** What a drill rule tells the self-assessment (the shape of EvidenceFinding in workbook/feature-module.ts). */
export interface DrillEvidence {
  verdict: 'supports' | 'contradicts';
  messageKey: string;
  values?: Record<string, string | number>;
  href?: string;
}

/**
 * R2, R4: a drill held in the 年度 supports the item, none contradicts it; held drills whose report management has
 * not approved are said too.
 */
export function drillEvidence(drills: readonly Pick<DrillFields, 'heldOn' | 'approval'>[], fiscalYear: { start: string; end: string }): DrillEvidence[] {
  const held = drillsHeldIn(drills, fiscalYear);
  if (held.length === 0) return [{ verdict: 'contradicts', messageKey: 'drills.evidence.none', href: '/drills' }];
  const last = held.map((d) => d.heldOn).sort().at(-1) ?? '';
  const approved = held.filter((d) => d.approval).length;
  const findings: DrillEvidence[] = [{ verdict: 'supports', messageKey: 'drills.evidence.held', values: { count: held.length, date: last }, href: '/drills' }];
  if (approved > 0) findings.push({ verdict: 'supports', messageKey: 'drills.evidence.approved', values: { count: approved }, href: '/drills' });
  if (approved < held.length) findings.push({ verdict: 'contradicts', messageKey: 'drills.evidence.notApproved', values: { count: held.length - approved }, href: '/drills' });
  return findings;
}
