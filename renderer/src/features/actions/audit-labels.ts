import type { AuditFieldLabels } from '../../workbook/audit-labels';

/** How the audit log names the fields of follow-up actions. */
export const actionsAuditLabels = {
  actions: {
    title: 'actions.fields.title',
    detail: 'actions.fields.detail',
    ownerContactId: 'actions.fields.owner',
    dueDate: 'actions.fields.dueDate',
    status: 'actions.fields.status',
    statusReason: 'actions.fields.statusReason',
    source: 'actions.fields.source',
    changes: 'actions.fields.changes',
    completedAt: 'actions.fields.completedAt',
    changeChecks: 'actions.fields.changeChecks',
    demo: 'audit.fieldNames.demo',
  },
} satisfies Partial<AuditFieldLabels>;
