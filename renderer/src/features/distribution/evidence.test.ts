import { describe, expect, it } from 'vitest';
import { printedPlanFindings } from './evidence';

describe('printed plan as guideline evidence', () => {
  it('speaks against having nothing printed', () => {
    expect(printedPlanFindings(0, 0).map((f) => f.verdict)).toEqual(['contradicts']);
  });
  it('supports with the current copies and names the outdated ones', () => {
    expect(printedPlanFindings(3, 1)).toEqual([
      { verdict: 'supports', messageKey: 'distribution.evidence.current', values: { count: 2 }, href: '/print' },
      { verdict: 'contradicts', messageKey: 'distribution.evidence.outdated', values: { count: 1 }, href: '/print' },
    ]);
    expect(printedPlanFindings(2, 0).map((f) => f.verdict)).toEqual(['supports']);
  });
});
