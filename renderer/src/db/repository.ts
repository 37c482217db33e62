import type { Table } from 'dexie';
import { changedFields, recordLabel, type AuditEntry } from '../domain/audit/audit-entry';
import { newId } from '../base/ids';
import type { Draft } from '../domain/record';
import type { BcpDatabase, RecordOf } from './database';
import { appendAuditRows } from './audit-trail';
import { toStorageError } from './errors';
import { assertWritable } from './read-only';
import type { RecordTableName } from './schema';

/** Who is making a change; every write needs one, it goes into updatedBy and the audit trail. */
export interface WriteContext {
  actor: string;
  /** Clock for tests; defaults to now. */
  now?: () => Date;
}

function requireActor(context: WriteContext): string {
  const actor = context.actor.trim();
  if (!actor) throw new Error('A write needs the name of the person making it.');
  return actor;
}

/**
 * Run `work` in one read-write transaction over `tables` plus the audit trail. Either every record and its
 * audit rows are written, or nothing is. Storage failures come out as StorageError.
 */
export async function writeTransaction<R>(db: BcpDatabase, tables: Table[], work: () => Promise<R>): Promise<R> {
  // Read-only workbook (edit lock, 配布用コピー): refuse record writes here too; settings guard their own keys.
  if (tables.some((t) => t.name !== 'settings' && t.name !== 'auditLog')) assertWritable(db);
  try {
    return await db.transaction('rw', [...tables, db.auditLog], work);
  } catch (error) {
    throw toStorageError(error);
  }
}

function auditRow(table: string, recordId: string, action: AuditEntry['action'], label: string, changed: string[], actor: string, at: string): AuditEntry {
  return { at, actor, table, recordId, action, label, changedFields: changed };
}

/** Reads and audited writes of one aggregate's table. */
export class Repository<T extends RecordTableName> {
  constructor(
    private readonly db: BcpDatabase,
    readonly table: T,
  ) {}

  private get store(): Table<RecordOf<T>, string> {
    return this.db[this.table] as unknown as Table<RecordOf<T>, string>;
  }

  list(): Promise<RecordOf<T>[]> {
    return this.store.toArray();
  }

  get(id: string): Promise<RecordOf<T> | undefined> {
    return this.store.get(id);
  }

  count(): Promise<number> {
    return this.store.count();
  }

  /** Create or update one record. */
  async save(draft: Draft<RecordOf<T>>, context: WriteContext): Promise<RecordOf<T>> {
    const [saved] = await this.saveMany([draft], context);
    return saved as RecordOf<T>;
  }

  /** Create or update many records in one transaction (imports, demo data). */
  async saveMany(drafts: readonly Draft<RecordOf<T>>[], context: WriteContext): Promise<RecordOf<T>[]> {
    const actor = requireActor(context);
    const at = (context.now?.() ?? new Date()).toISOString();
    return writeTransaction(this.db, [this.store], async () => {
      const ids = drafts.map((d) => d.id ?? newId());
      const existing = await this.store.bulkGet(ids);
      const records: RecordOf<T>[] = [];
      const audit: AuditEntry[] = [];
      drafts.forEach((draft, i) => {
        const before = existing[i];
        const record = {
          ...draft,
          id: ids[i],
          createdAt: before?.createdAt ?? at,
          updatedAt: at,
          updatedBy: actor,
        } as unknown as RecordOf<T>;
        records.push(record);
        audit.push(
          before
            ? auditRow(this.table, record.id, 'update', recordLabel(record), changedFields(before, record), actor, at)
            : auditRow(this.table, record.id, 'create', recordLabel(record), [], actor, at),
        );
      });
      await this.store.bulkPut(records);
      await appendAuditRows(this.db, audit);
      return records;
    });
  }

  async remove(id: string, context: WriteContext): Promise<void> {
    await this.removeMany([id], context);
  }

  async removeMany(ids: readonly string[], context: WriteContext): Promise<number> {
    const actor = requireActor(context);
    const at = (context.now?.() ?? new Date()).toISOString();
    return writeTransaction(this.db, [this.store], async () => {
      const existing = (await this.store.bulkGet([...ids])).filter((r): r is RecordOf<T> => r !== undefined);
      await this.store.bulkDelete(existing.map((r) => r.id));
      await appendAuditRows(this.db, existing.map((r) => auditRow(this.table, r.id, 'delete', recordLabel(r), [], actor, at)));
      return existing.length;
    });
  }
}
