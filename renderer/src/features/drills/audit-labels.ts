import type { AuditFieldLabels } from '../../workbook/audit-labels';

/** How the audit log names the fields of drills. */
export const drillsAuditLabels = {
  drills: {
    title: 'drills.fields.title',
    scheduledFor: 'drills.fields.scheduledFor',
    kind: 'drills.fields.kind',
    scenario: 'drills.fields.scenario',
    objectives: 'drills.fields.objectives',
    departments: 'drills.fields.departments',
    participantContactIds: 'drills.fields.participants',
    outsideParties: 'drills.fields.outsideParties',
    incidentId: 'drills.audit.incidentId',
    heldOn: 'drills.audit.heldOn',
    finishedAt: 'drills.audit.finishedAt',
    runbookRunIds: 'drills.fields.runbookRuns',
    paperKitDepartments: 'drills.fields.paperKits',
    callTree: 'drills.fields.callTree',
    findings: 'drills.fields.findings',
    reportSummary: 'drills.fields.reportSummary',
    approval: 'drills.fields.approval',
    demo: 'audit.fieldNames.demo',
  },
} satisfies Partial<AuditFieldLabels>;
