import type { RecordReference } from './references';

/**
 * References drills hold to contacts: the approver of a drill report stays on record (refuse and name, like the
 * plan's approvers); a deleted participant is taken off the list.
 */
export const drillsReferences: readonly RecordReference[] = [
  {
    from: 'drills',
    field: 'approval',
    to: 'contacts',
    onDelete: 'refuse',
    refersTo: (drill, contactId) => drill.approval?.approverContactId === contactId,
    messageKey: 'drills.references.approver',
  },
  {
    from: 'drills',
    field: 'participantContactIds',
    to: 'contacts',
    onDelete: 'clear',
    refersTo: (drill, contactId) => drill.participantContactIds.includes(contactId),
    clear: (drill, contactId) => ({ ...drill, participantContactIds: drill.participantContactIds.filter((id) => id !== contactId) }),
    messageKey: 'drills.references.participants',
  },
];
