import type { BackupContent } from '../domain/workbook-backup/backup-file';
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
    const { systems, segments } = migrateFreeTextSegments(
      (content.tables.systems ?? []) as { id: string }[],
      (content.tables.segments ?? []) as { id: string }[],
      content.manifest.createdAt,
    );
    return { ...content, tables: { ...content.tables, systems, segments } };
  },
};

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
