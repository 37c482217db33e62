import './accounts-records';
import type { RecordReference } from './references';

/** References the emergency accounts area's records hold, and what deleting the referred record does. */
export const accountsReferences: readonly RecordReference[] = [
  {
    // The register must always say which system an account opens: the system cannot go while an account names it.
    from: 'emergencyAccounts',
    field: 'systemId',
    to: 'systems',
    onDelete: 'refuse',
    refersTo: (account, systemId) => account.systemId === systemId,
    messageKey: 'accounts.references.system',
  },
  {
    // Someone must keep the sealed credential: choose another custodian before the contact goes.
    from: 'emergencyAccounts',
    field: 'custodianContactId',
    to: 'contacts',
    onDelete: 'refuse',
    refersTo: (account, contactId) => account.custodianContactId === contactId,
    messageKey: 'accounts.references.custodian',
  },
  {
    // The ledger is append-only: an account that was ever opened, checked or resealed is retired, never deleted.
    from: 'accountEvents',
    field: 'accountId',
    to: 'emergencyAccounts',
    onDelete: 'refuse',
    refersTo: (event, accountId) => event.accountId === accountId,
    messageKey: 'accounts.references.events',
  },
  {
    from: 'accountEvents',
    field: 'incidentId',
    to: 'incidents',
    onDelete: 'keep-and-flag',
    refersTo: (event, incidentId) => event.incidentId === incidentId,
    messageKey: 'accounts.references.incident',
  },
];
