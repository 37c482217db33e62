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

/**
 * Version 2 (unreleased until the area issues of incident mode, emergency accounts, network, plan, drills, actions and
 * the guideline self-assessment land together): the tables those areas need that version 1 did not foresee. Each area
 * adds its own lines here while the version is unreleased; its migration step is in migrations.ts and database.ts.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  // network (ネットワーク): systems choose a segment record instead of typing its name (migration in database.ts)
  systems: 'id, kind, segmentId, restorePriority',
  // plan (計画・承認): versions of the plan and the facility's own emergency levels
  planVersions: 'id, status',
  emergencyLevels: 'id, rank',
  // checklist (ガイドライン対応表): loaded item sets and the vendors' returned sheets
  checklistSets: 'id',
  vendorSheets: 'id, contactId',
  // binder (BCP 冊子): where each printed copy is kept
  printedCopies: 'id, printedAt',
} as const;

/** The layout the app writes today. */
export const CURRENT_SCHEMA = SCHEMA_V2;
export const CURRENT_SCHEMA_VERSION = 2;

export type TableName = keyof typeof CURRENT_SCHEMA;

/** Tables holding workbook records (everything but the audit trail and settings). */
export const RECORD_TABLES = (Object.keys(CURRENT_SCHEMA) as TableName[]).filter(
  (t): t is Exclude<TableName, 'auditLog' | 'settings'> => t !== 'auditLog' && t !== 'settings',
);
export type RecordTableName = (typeof RECORD_TABLES)[number];
