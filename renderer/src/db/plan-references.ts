import type { PlanVersion } from '../domain/plan/plan-version';
import type { RecordReference } from './references';

/** Contacts a plan version names: its approver and the holders of its roles. */
export function contactIdsOfPlan(version: Pick<PlanVersion, 'approval' | 'sections'>): string[] {
  return [version.approval?.approverContactId ?? '', ...version.sections.roles.map((r) => r.contactId)].filter(Boolean);
}

/**
 * A contact who approved a version or holds a role in it cannot be deleted: the approval record and the role table
 * must keep saying who (the delete is refused and names the versions).
 */
export const planReferences: readonly RecordReference[] = [
  {
    from: 'planVersions',
    field: 'approval.approverContactId, sections.roles',
    to: 'contacts',
    onDelete: 'refuse',
    refersTo: (version, contactId) => contactIdsOfPlan(version).includes(contactId),
    messageKey: 'plan.references.approver',
  },
];
