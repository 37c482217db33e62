import { describe, expect, it } from 'vitest';
import { paperEvidence } from './guideline-evidence';

describe('paper evidence (紙運用)', () => {
  it('no procedures contradicts', () => {
    expect(paperEvidence([], 10)).toEqual([{ verdict: 'contradicts', messageKey: 'paper.evidence.noProcedures', href: '/paper' }]);
  });
  it('counts procedures, departments and forms', () => {
    expect(paperEvidence([{ department: '外来' }, { department: '外来' }, { department: '病棟' }], 10)).toEqual([
      { verdict: 'supports', messageKey: 'paper.evidence.procedures', values: { count: 3, departments: 2, forms: 10 }, href: '/paper' },
    ]);
  });
});
