import type { AuditFieldLabels } from '../../workbook/audit-labels';

/** How the audit log names the fields of plan versions and emergency levels. */
export const planAuditLabels = {
  planVersions: {
    version: 'plan.fields.version',
    status: 'plan.fields.status',
    summary: 'plan.fields.summary',
    sections: 'plan.fields.sections',
    approval: 'plan.fields.approval',
    supersededOn: 'plan.fields.supersededOn',
    demo: 'audit.fieldNames.demo',
  },
  emergencyLevels: { rank: 'plan.levels.rank', name: 'plan.levels.name', criteria: 'plan.levels.criteria', demo: 'audit.fieldNames.demo' },
} satisfies Partial<AuditFieldLabels>;
