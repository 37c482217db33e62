import { z } from 'zod';
import type { AuditEntry } from '../domain/audit/audit-entry';
import { FACILITY_ID } from '../domain/facility';
import { formatDateTime } from '../domain/date-text';
import {
  BackupFileError,
  decodeBackup,
  encodeBackup,
  fileSha256Hex,
  type BackupContent,
  type BackupManifest,
  type BackupPurpose,
} from '../domain/workbook-backup/backup-file';
import type { DistributedCopy } from '../domain/workbook-backup/workbook-settings';
import { appendAuditRows } from './audit-trail';
import type { BcpDatabase } from './database';
import { toStorageError } from './errors';
import { migrateBackupContent } from './migrations';
import { readOnlyReason, ReadOnlyError } from './read-only';
import { LOCAL_SETTING_KEYS, SYSTEM_ACTOR } from './settings';
import { CURRENT_SCHEMA, CURRENT_SCHEMA_VERSION, RECORD_TABLES, type TableName } from './schema';

/** Every table of the database, records, audit trail and settings alike: a backup holds them all. */
export const ALL_TABLES = Object.keys(CURRENT_SCHEMA) as TableName[];

export interface WorkbookExport {
  bytes: Uint8Array<ArrayBuffer>;
  /** Hex SHA-256 of the whole file, for the host's read-back check. */
  sha256: string;
  manifest: BackupManifest;
}

/** Read every table in one read transaction, so the backup is one consistent moment of the workbook. */
export async function snapshotWorkbook(db: BcpDatabase, options: { appVersion: string; purpose: BackupPurpose; now?: Date }): Promise<BackupContent> {
  return db.transaction('r', ALL_TABLES.map((t) => db.table(t)), async () => {
    const tables: Record<string, Record<string, unknown>[]> = {};
    for (const table of ALL_TABLES) tables[table] = (await db.table(table).toArray()) as Record<string, unknown>[];
    const facility = tables.facility?.find((f) => f.id === FACILITY_ID);
    const manifest: BackupManifest = {
      app: 'BCP Workbook',
      appVersion: options.appVersion.slice(0, 40),
      schemaVersion: CURRENT_SCHEMA_VERSION,
      facilityName: typeof facility?.name === 'string' ? facility.name : '',
      createdAt: (options.now ?? new Date()).toISOString(),
      purpose: options.purpose,
      counts: Object.fromEntries(ALL_TABLES.map((t) => [t, tables[t]!.length])),
    };
    return { manifest, tables };
  });
}

/**
 * Export the whole workbook as a .bcpbak and verify it by decoding it again before anyone relies on it.
 * This is the "export + verify" the benchmark times.
 */
export async function exportAndVerifyWorkbook(
  db: BcpDatabase,
  options: { appVersion: string; purpose: BackupPurpose; passphrase?: string; now?: Date },
): Promise<WorkbookExport> {
  const content = await snapshotWorkbook(db, options);
  const bytes = await encodeBackup(content, { passphrase: options.passphrase });
  await readBackupFile(bytes, options.passphrase);
  return { bytes, sha256: await fileSha256Hex(bytes), manifest: content.manifest };
}

/** Verify and read a .bcpbak for this app's schema; older schemas are migrated in memory. Throws BackupFileError. */
export async function readBackupFile(bytes: Uint8Array, passphrase?: string): Promise<BackupContent> {
  const content = await decodeBackup(bytes, { passphrase, knownTables: ALL_TABLES, maxSchemaVersion: CURRENT_SCHEMA_VERSION });
  const migrated = migrateBackupContent(content);
  checkRows(migrated);
  return migrated;
}

const recordRow = z.looseObject({ id: z.string().min(1).max(200) });
const auditRow = z.looseObject({
  seq: z.number().int().min(1),
  at: z.string(),
  actor: z.string(),
  table: z.string(),
  recordId: z.string(),
  action: z.string(),
  label: z.string(),
  changedFields: z.array(z.string()),
});
const settingRow = z.looseObject({ key: z.string().min(1).max(100) });

/** Rows must carry the keys their table is indexed by, each unique; otherwise the restore would fail halfway. */
function checkRows(content: BackupContent): void {
  for (const [table, rows] of Object.entries(content.tables)) {
    const schema = table === 'auditLog' ? auditRow : table === 'settings' ? settingRow : recordRow;
    const keyOf = (row: Record<string, unknown>) => String(table === 'auditLog' ? row.seq : table === 'settings' ? row.key : row.id);
    const keys = new Set<string>();
    for (const row of rows) {
      if (!schema.safeParse(row).success) throw new BackupFileError('invalid-content');
      const key = keyOf(row);
      if (keys.has(key)) throw new BackupFileError('invalid-content');
      keys.add(key);
    }
  }
}

/** Counts of the current workbook per table, to show beside a backup's manifest before a restore. */
export async function currentCounts(db: BcpDatabase): Promise<Record<string, number>> {
  const counts = await Promise.all(ALL_TABLES.map((t) => db.table(t).count()));
  return Object.fromEntries(ALL_TABLES.map((t, i) => [t, counts[i]!]));
}

export type RestoreMode = { kind: 'restore' } | { kind: 'distributed-copy'; importedAt: Date };

/**
 * Replace every table with the backup's content in ONE transaction: either the whole backup is in place, or the
 * database is exactly as before. This PC's own settings (LOCAL_SETTING_KEYS) are kept. An audit row records the
 * restore, chained after the restored trail. This is the "restore" the benchmark times.
 */
export async function restoreWorkbook(db: BcpDatabase, content: BackupContent, context: { actor: string; mode: RestoreMode; now?: Date }): Promise<void> {
  // A newer 配布用コピー may replace a read-only copy, but nothing replaces a workbook while its edit lock is closed.
  const readOnly = readOnlyReason(db);
  if (readOnly === 'locked' || (readOnly && context.mode.kind === 'restore')) throw new ReadOnlyError(readOnly);
  const at = (context.now ?? new Date()).toISOString();
  const actor = context.actor.trim() || SYSTEM_ACTOR;
  try {
    await db.transaction('rw', ALL_TABLES.map((t) => db.table(t)), async () => {
      const localSettings = (await db.settings.toArray()).filter((row) => LOCAL_SETTING_KEYS.has(row.key));
      for (const table of ALL_TABLES) {
        await db.table(table).clear();
        const rows = content.tables[table] ?? [];
        if (table === 'settings') {
          const incoming = (rows as { key: string; value: unknown }[]).filter((row) => !LOCAL_SETTING_KEYS.has(row.key) && row.key !== 'distributedCopy');
          const copy: DistributedCopy | null =
            context.mode.kind === 'distributed-copy'
              ? { sourceFacility: content.manifest.facilityName, asOf: content.manifest.createdAt, importedAt: context.mode.importedAt.toISOString() }
              : null;
          await db.settings.bulkAdd([...incoming, ...localSettings, { key: 'distributedCopy', value: copy }]);
        } else if (rows.length > 0) {
          await db.table(table).bulkAdd(rows);
        }
      }
      const entry: AuditEntry = {
        at,
        actor,
        table: 'workbook',
        recordId: context.mode.kind,
        action: 'restore',
        label: restoreLabel(content.manifest),
        changedFields: RECORD_TABLES.filter((t) => (content.tables[t]?.length ?? 0) > 0),
      };
      await appendAuditRows(db, [entry]);
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** 「さくら病院（令和8年11月22日 07:53 時点）」: what the audit row of a restore names. */
function restoreLabel(manifest: BackupManifest): string {
  return `${manifest.facilityName}（${formatDateTime(manifest.createdAt, 'ja')} 時点）`.slice(0, 120);
}

export { BackupFileError };

/**
 * Turn a 配布用コピー into an editable original on this PC (e.g. the source PC was lost in the incident). Goes
 * around the read-only guard on purpose, and is audited.
 */
export async function releaseDistributedCopy(db: BcpDatabase, actor: string): Promise<void> {
  try {
    await db.transaction('rw', [db.settings, db.auditLog], async () => {
      await db.settings.put({ key: 'distributedCopy', value: null });
      await appendAuditRows(db, [
        { at: new Date().toISOString(), actor: actor.trim() || SYSTEM_ACTOR, table: 'settings', recordId: 'distributedCopy', action: 'update', label: 'distributedCopy', changedFields: ['value'] },
      ]);
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
