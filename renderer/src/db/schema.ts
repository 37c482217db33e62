/**
 * The database layout, version by version. A version is never edited once released: add a new one with its
 * migration, and add a fixture workbook for it (the migration tests open every fixture with the current app).
 *
 * One table per aggregate (DESIGN.md). Booleans cannot be IndexedDB keys, so flags such as `demo` are not indexed.
 */
export const DATABASE_NAME = 'bcp-workbook';

export const SCHEMA_V1 = {
  facility: 'id',
  contacts: 'id, kind, furigana, department, lastVerifiedAt, updatedAt',
  callTrees: 'id, name',
  procedures: 'id, department',
  formTemplates: 'id, department',
  systems: 'id, kind, segment, restorePriority',
  segments: 'id',
  links: 'id, fromSegmentId, toSegmentId',
  backups: 'id, systemId',
  runbooks: 'id, systemId',
  runbookRuns: 'id, runbookId, startedAt',
  incidents: 'id, status, declaredAt',
  incidentEvents: 'id, incidentId, at',
  emergencyAccounts: 'id, systemId',
  accountEvents: 'id, accountId, at',
  drills: 'id, scheduledFor',
  actions: 'id, status, dueDate',
  approvals: 'id, subject, approvedAt',
  checklistAnswers: 'id',
  auditLog: '++seq, at, table, recordId',
  settings: 'key',
} as const;

export const CURRENT_SCHEMA_VERSION = 1;

export type TableName = keyof typeof SCHEMA_V1;

/** Tables holding workbook records (everything but the audit trail and settings). */
export const RECORD_TABLES = (Object.keys(SCHEMA_V1) as TableName[]).filter(
  (t): t is Exclude<TableName, 'auditLog' | 'settings'> => t !== 'auditLog' && t !== 'settings',
);
export type RecordTableName = (typeof RECORD_TABLES)[number];
