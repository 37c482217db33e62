import type { RecordReference } from './references';

/** References the systems area's records hold to other records, and what deleting the referred record does. */
export const systemsReferences: readonly RecordReference[] = [
  {
    from: 'systems',
    field: 'vendorContactId',
    to: 'contacts',
    onDelete: 'clear',
    refersTo: (system, contactId) => system.vendorContactId === contactId,
    clear: (system) => ({ ...system, vendorContactId: '' }),
    messageKey: 'systems.references.vendor',
  },
  {
    // A system's own runbooks go with it (db/systems-store.ts); other runbooks only lose it as a prerequisite.
    from: 'runbooks',
    field: 'prerequisiteSystemIds',
    to: 'systems',
    onDelete: 'clear',
    refersTo: (runbook, systemId) => runbook.systemId !== systemId && runbook.prerequisiteSystemIds.includes(systemId),
    clear: (runbook, systemId) => ({ ...runbook, prerequisiteSystemIds: runbook.prerequisiteSystemIds.filter((id) => id !== systemId) }),
    messageKey: 'systems.references.prerequisites',
  },
];
