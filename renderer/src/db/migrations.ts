import type { BackupContent } from '../domain/workbook-backup/backup-file';
import { chainRows } from '../domain/audit/audit-chain';
import type { AuditEntry } from '../domain/audit/audit-entry';
import { migrateFreeTextSegments } from '../domain/network/segment-migration';
import { CURRENT_SCHEMA_VERSION } from './schema';

/**
 * In-memory migrations of a backup's content from the schema version it was written with to the current one,
 * applied before a restore. Version n → n+1 lives at index n. The Dexie schema versions in database.ts must do the
 * same to a stored database; the migration tests (migrations.test.ts) open a fixture of every version.
 */
const steps: Record<number, (content: BackupContent) => BackupContent> = {
  // Version 2 adds tables (a version-1 backup restores with them empty) and turns each system's free-text segment name
  // into a segment record, exactly as the Dexie upgrade does to a stored database.
  1: (content) => {
    const { systems, segments, audit } = migrateFreeTextSegments(
      (content.tables.systems ?? []) as { id: string }[],
      (content.tables.segments ?? []) as { id: string }[],
      content.manifest.createdAt,
    );
    const tables: BackupContent['tables'] = { ...content.tables, systems, segments };
    if (audit.length > 0) tables.auditLog = withTrailRows((content.tables.auditLog ?? []) as unknown as AuditEntry[], audit) as unknown as Record<string, unknown>[];
    return { ...content, tables };
  },
};

/**
 * A backup's trail with a migration's rows chained after its last row, as appendAuditRows does in the database. The
 * backup's own rows are kept as they are (a damaged trail stays damaged for the chain check to report); the file was
 * verified before any migration runs, so adding rows here does not hide a change to it.
 */
function withTrailRows(trail: readonly AuditEntry[], rows: readonly AuditEntry[]): AuditEntry[] {
  let tail: AuditEntry | undefined;
  for (const row of trail) if (typeof row.seq === 'number' && (tail?.seq === undefined || row.seq > tail.seq)) tail = row;
  return [...trail, ...chainRows(rows, tail)];
}

export function migrateBackupContent(content: BackupContent): BackupContent {
  let current = content;
  for (let version = current.manifest.schemaVersion; version < CURRENT_SCHEMA_VERSION; version++) {
    const step = steps[version];
    if (!step) throw new Error(`no migration from schema version ${version}`);
    current = step(current);
    current = { ...current, manifest: { ...current.manifest, schemaVersion: version + 1 } };
  }
  return current;
}
