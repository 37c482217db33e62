import { describe, expect, it } from 'vitest';
import { callTreesEvidence, contactsEvidence } from './guideline-evidence';

const TODAY = '2026-12-01';
const contact = (id: string, kind = 'staff', lastVerifiedAt = '2026-11-01') => ({ id, kind: kind as 'staff', lastVerifiedAt });
const tree = (...ids: string[]) => ({ levels: ids.map((contactId) => ({ contactId, fallbacks: [], note: '' })) });

describe('call-tree evidence (連絡体制図, verified within the review period)', () => {
  it('no call tree contradicts', () => {
    expect(callTreesEvidence([], [contact('a')], TODAY, 180)).toEqual([{ verdict: 'contradicts', messageKey: 'contacts.evidence.noCallTrees', href: '/call-trees' }]);
  });
  it('counts the people on the trees and those not verified within the period', () => {
    const contacts = [contact('a'), contact('b', 'staff', '2025-01-01'), contact('c', 'staff', '')];
    expect(callTreesEvidence([tree('a', 'b'), tree('a', 'c')], contacts, TODAY, 180)).toEqual([
      { verdict: 'supports', messageKey: 'contacts.evidence.callTrees', values: { count: 2, people: 3 }, href: '/call-trees' },
      { verdict: 'contradicts', messageKey: 'contacts.evidence.staleOnTrees', values: { count: 2, days: 180 }, href: '/contacts' },
    ]);
  });
});

describe('outside-contacts evidence (vendors and authorities)', () => {
  it('supports with both, contradicts what is missing', () => {
    expect(contactsEvidence([contact('v', 'vendor'), contact('p', 'authority')]).map((f) => f.messageKey)).toEqual(['contacts.evidence.outside']);
    expect(contactsEvidence([contact('v', 'vendor')]).map((f) => f.messageKey)).toEqual(['contacts.evidence.outside', 'contacts.evidence.noAuthorities']);
    expect(contactsEvidence([]).map((f) => f.messageKey)).toEqual(['contacts.evidence.noVendors', 'contacts.evidence.noAuthorities']);
  });
});
