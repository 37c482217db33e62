import type { AuditFieldLabels } from '../../workbook/audit-labels';

/** How the audit log names the fields of contacts and call trees. */
export const contactsAuditLabels = {
  contacts: {
    kind: 'contacts.form.kind',
    name: 'contacts.form.name',
    furigana: 'contacts.form.furigana',
    organisation: 'contacts.form.organisation',
    department: 'contacts.form.department',
    role: 'contacts.form.role',
    phones: 'contacts.form.phones',
    email: 'contacts.form.email',
    availability: 'contacts.form.availability',
    contractNotes: 'contacts.form.contractNotes',
    systemsSupported: 'contacts.form.systemsSupported',
    lastVerifiedAt: 'contacts.form.lastVerifiedAt',
    notes: 'contacts.form.notes',
    needsCheck: 'contacts.keptAsWritten',
    demo: 'audit.fieldNames.demo',
  },
  callTrees: {
    name: 'contacts.callTrees.form.name',
    trigger: 'contacts.callTrees.trigger',
    levels: 'audit.fieldNames.callTreeLevels',
    notes: 'contacts.callTrees.form.notes',
    demo: 'audit.fieldNames.demo',
  },
} satisfies Partial<AuditFieldLabels>;
