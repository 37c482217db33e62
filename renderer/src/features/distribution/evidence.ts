import type { BcpDatabase } from '../../db/database';
import { readStalePrints } from '../../db/distribution-store';
import { currentCopies } from '../../domain/distribution/stale-prints';
import type { EvidenceFinding, GuidelineEvidenceRule } from '../../workbook/feature-module';

/**
 * The plan on paper where it is needed (the ひな形 asks that the plan be kept current and known to staff): kept
 * printed copies that are current support it; copies printed before later changes, or none at all, speak against it.
 */
export function printedPlanFindings(kept: number, outdated: number): EvidenceFinding[] {
  if (kept === 0) return [{ verdict: 'contradicts', messageKey: 'distribution.evidence.none', href: '/print' }];
  const findings: EvidenceFinding[] = [];
  if (kept > outdated) findings.push({ verdict: 'supports', messageKey: 'distribution.evidence.current', values: { count: kept - outdated }, href: '/print' });
  if (outdated > 0) findings.push({ verdict: 'contradicts', messageKey: 'distribution.evidence.outdated', values: { count: outdated }, href: '/print' });
  return findings;
}

export const printedPlanEvidence: GuidelineEvidenceRule = {
  topic: 'plan',
  key: 'printedCopies',
  async evaluate(db: BcpDatabase) {
    const kept = currentCopies(await db.printedCopies.toArray()).length;
    return printedPlanFindings(kept, (await readStalePrints(db)).length);
  },
};
