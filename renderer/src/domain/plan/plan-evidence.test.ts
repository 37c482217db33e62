import { describe, expect, it } from 'vitest';
import { planEvidence } from './plan-evidence';

const approval = { approverContactId: '', approverName: '山田 院長', approverRole: '病院長', approvedOn: '2026-04-01', reference: '' };

describe('plan evidence for the self-assessment', () => {
  it('supports with the approved version and its date', () => {
    expect(planEvidence({ version: '1.0', approval }, '2026-12-01')).toEqual([{ verdict: 'supports', messageKey: 'plan.evidence.approved', values: { version: '1.0', date: '2026-04-01', name: '山田 院長' } }]);
  });
  it('contradicts when no version is approved, and flags an approval over a year old', () => {
    expect(planEvidence(undefined, '2026-12-01')[0]?.verdict).toBe('contradicts');
    expect(planEvidence({ version: '1.0', approval }, '2027-04-03').map((f) => f.messageKey)).toEqual(['plan.evidence.approved', 'plan.evidence.stale']);
  });
});
