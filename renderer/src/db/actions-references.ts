import type { RecordReference } from './references';

/** References follow-up actions hold: an action's owner cannot be deleted while it owns the action (refuse and name). */
export const actionsReferences: readonly RecordReference[] = [
  {
    from: 'actions',
    field: 'ownerContactId',
    to: 'contacts',
    onDelete: 'refuse',
    refersTo: (action, contactId) => action.ownerContactId === contactId,
    messageKey: 'actions.references.owner',
  },
];
