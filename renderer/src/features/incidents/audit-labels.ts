import type { AuditFieldLabels } from '../../workbook/audit-labels';

/** How the audit log names the fields of incidents and their timeline entries. */
export const incidentsAuditLabels = {
  incidents: {
    kind: 'incidents.fields.kind',
    exercise: 'incidents.fields.exercise',
    drillId: 'incidents.fields.drillId',
    level: 'incidents.fields.level',
    discoveredAt: 'incidents.fields.discoveredAt',
    declaredAt: 'incidents.fields.declaredAt',
    foundBy: 'incidents.fields.foundBy',
    observed: 'incidents.fields.observed',
    status: 'incidents.fields.status',
    closedAt: 'incidents.fields.closedAt',
    steps: 'incidents.tabs.steps',
    systemStatuses: 'incidents.tabs.board',
    reports: 'incidents.tabs.reports',
    ppc: 'incidents.ppc.heading',
    situationReportHours: 'incidents.situation.every',
    situationReports: 'incidents.tabs.situation',
    review: 'incidents.close.reviewHeading',
    demo: 'audit.fieldNames.demo',
  },
  incidentEvents: {
    incidentId: 'incidents.timeline.incident',
    at: 'incidents.timeline.at',
    who: 'incidents.timeline.who',
    what: 'incidents.timeline.what',
    source: 'incidents.timeline.source',
    correctsId: 'incidents.timeline.corrects',
    demo: 'audit.fieldNames.demo',
  },
} satisfies Partial<AuditFieldLabels>;
