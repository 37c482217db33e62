import type { AuditFieldLabels } from '../../workbook/audit-labels';

/** The audit log's names for the emergency accounts area's fields: the labels their forms show. */
export const accountsAuditLabels = {
  emergencyAccounts: {
    systemId: 'accounts.field.system',
    name: 'accounts.field.name',
    scope: 'accounts.field.scope',
    purpose: 'accounts.field.purpose',
    storagePlace: 'accounts.field.storagePlace',
    sealNumber: 'accounts.field.sealNumber',
    sealedOn: 'accounts.field.sealedOn',
    custodianContactId: 'accounts.field.custodian',
    openers: 'accounts.field.openers',
    procedure: 'accounts.field.procedure',
    notes: 'accounts.field.notes',
    demo: 'audit.fieldNames.demo',
  },
  accountEvents: {
    accountId: 'accounts.print.account',
    kind: 'accounts.audit.eventKind',
    at: 'accounts.event.at',
    who: 'accounts.event.who',
    detail: 'accounts.detail.what',
    witness: 'accounts.event.witness',
    incidentId: 'accounts.event.incident',
    newSealNumber: 'accounts.event.newSealNumber',
    changedBy: 'accounts.event.changedBy',
    sealIntact: 'accounts.event.sealIntact',
    reviewOf: 'accounts.event.headingReviewed',
    demo: 'audit.fieldNames.demo',
  },
} satisfies Partial<AuditFieldLabels>;
