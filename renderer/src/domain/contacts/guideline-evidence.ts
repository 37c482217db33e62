import type { EvidenceFinding } from '../evidence-topics';
import { contactIdsOf, type CallTreeFields } from './call-tree';
import type { ContactFields } from './contact';
import { reviewState } from './contact-review';

/** What the contacts and call trees say about the guideline items. Messages are under `contacts.evidence.`. */

type Contact = Pick<ContactFields, 'kind' | 'lastVerifiedAt'> & { id: string };

/** 連絡体制図: call trees exist, and the contacts on them were verified within the review period (3-①, R7). */
export function callTreesEvidence(trees: readonly Pick<CallTreeFields, 'levels'>[], contacts: readonly Contact[], today: string, reviewDays: number): EvidenceFinding[] {
  if (trees.length === 0) return [{ verdict: 'contradicts', messageKey: 'contacts.evidence.noCallTrees', href: '/call-trees' }];
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const onTrees = [...new Set(trees.flatMap((t) => contactIdsOf(t)))].flatMap((id) => byId.get(id) ?? []);
  const stale = onTrees.filter((c) => reviewState(c, today, reviewDays) !== 'current').length;
  const findings: EvidenceFinding[] = [{ verdict: 'supports', messageKey: 'contacts.evidence.callTrees', values: { count: trees.length, people: onTrees.length }, href: '/call-trees' }];
  if (stale > 0) findings.push({ verdict: 'contradicts', messageKey: 'contacts.evidence.staleOnTrees', values: { count: stale, days: reviewDays }, href: '/contacts' });
  return findings;
}

/** Vendors and authorities are in the list (R12, R14). */
export function contactsEvidence(contacts: readonly Contact[]): EvidenceFinding[] {
  const vendors = contacts.filter((c) => c.kind === 'vendor').length;
  const authorities = contacts.filter((c) => c.kind === 'authority').length;
  const findings: EvidenceFinding[] = [];
  if (vendors > 0 || authorities > 0) findings.push({ verdict: 'supports', messageKey: 'contacts.evidence.outside', values: { vendors, authorities }, href: '/contacts' });
  if (vendors === 0) findings.push({ verdict: 'contradicts', messageKey: 'contacts.evidence.noVendors', href: '/contacts' });
  if (authorities === 0) findings.push({ verdict: 'contradicts', messageKey: 'contacts.evidence.noAuthorities', href: '/contacts' });
  return findings;
}
