import type { RecordReference } from './references';

/**
 * References incident mode's records hold. An incident is a record of what happened: deleting a system or a level it
 * names never rewrites it (keep-and-flag), and the screens show the name as no longer in the workbook.
 */
export const incidentsReferences: readonly RecordReference[] = [
  {
    from: 'incidents',
    field: 'systemStatuses',
    to: 'systems',
    onDelete: 'keep-and-flag',
    refersTo: (incident, systemId) => (incident.systemStatuses ?? []).some((s) => s.systemId === systemId),
    messageKey: 'incidents.references.system',
  },
  {
    from: 'runbookRuns',
    field: 'incidentId',
    to: 'incidents',
    onDelete: 'keep-and-flag',
    refersTo: (run, incidentId) => run.incidentId === incidentId,
    messageKey: 'incidents.references.run',
  },
];
