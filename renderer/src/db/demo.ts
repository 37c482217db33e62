import type { Table } from 'dexie';
import { recordLabel, type AuditEntry } from '../domain/audit/audit-entry';
import { DEMO_TABLES, type DemoWorkbook } from '../domain/demo';
import { FACILITY_ID } from '../domain/facility';
import type { RecordMeta } from '../domain/record';
import { appendAuditRows } from './audit-trail';
import type { BcpDatabase } from './database';
import { writeTransaction, type WriteContext } from './repository';
import { RECORD_TABLES } from './schema';

function recordTables(db: BcpDatabase): Table<RecordMeta, string>[] {
  return RECORD_TABLES.map((t) => db[t] as unknown as Table<RecordMeta, string>);
}

async function deleteDemoRecords(db: BcpDatabase, actor: string, at: string): Promise<number> {
  let removed = 0;
  for (const table of recordTables(db)) {
    const demo = await table.filter((r) => r.demo === true).toArray();
    if (demo.length === 0) continue;
    await table.bulkDelete(demo.map((r) => r.id));
    await appendAuditRows(
      db,
      demo.map((r): AuditEntry => ({ at, actor, table: table.name, recordId: r.id, action: 'delete', label: recordLabel(r), changedFields: [] })),
    );
    removed += demo.length;
  }
  return removed;
}

/** Rows read at a time by `hasDemoData`: a page is read whole in a few milliseconds, between two keystrokes. */
const PAGE_ROWS = 250;

/** Whether any row of the table is sample data, read a page of rows at a time in key order. */
async function tableHasDemo(table: Table<RecordMeta, string>): Promise<boolean> {
  let page = await table.orderBy(':id').limit(PAGE_ROWS).toArray();
  while (page.length > 0) {
    if (page.some((r) => r.demo === true)) return true;
    if (page.length < PAGE_ROWS) return false;
    page = await table.where(':id').above(page.at(-1)!.id).limit(PAGE_ROWS).toArray();
  }
  return false;
}

/**
 * Whether any record is sample data. The sample banner asks it live on every screen, again after each write, and no
 * index can answer it (IndexedDB does not index booleans): pages of rows read whole, because a cursor stepping row by
 * row kept the window busy about twice as long (2.8–5.3 s after opening a workbook of 50,000 contacts, 1.5–1.8 s).
 */
export async function hasDemoData(db: BcpDatabase): Promise<boolean> {
  for (const table of recordTables(db)) {
    if (await tableHasDemo(table)) return true;
  }
  return false;
}

/**
 * Load the demo workbook, every record marked `demo`, in one transaction. The facility is taken from the demo
 * only when the workbook has none yet: a real hospital's name is never overwritten by sample data.
 */
export async function loadDemoWorkbook(db: BcpDatabase, demo: DemoWorkbook, context: WriteContext): Promise<void> {
  const actor = context.actor.trim();
  if (!actor) throw new Error('A write needs the name of the person making it.');
  const at = (context.now?.() ?? new Date()).toISOString();
  const meta = { createdAt: at, updatedAt: at, updatedBy: actor, demo: true };
  await writeTransaction(db, recordTables(db), async () => {
    await deleteDemoRecords(db, actor, at);
    const audit: AuditEntry[] = [];
    const created = (table: string, record: RecordMeta) =>
      audit.push({ at, actor, table, recordId: record.id, action: 'create', label: recordLabel(record), changedFields: [] });
    if (!(await db.facility.get(FACILITY_ID))) {
      const facility = { ...demo.facility, id: FACILITY_ID, ...meta };
      await db.facility.put(facility);
      created('facility', facility);
    }
    for (const table of DEMO_TABLES) {
      const store = db[table] as unknown as Table<RecordMeta, string>;
      const rows = (demo[table] as object[]).map((r) => ({ ...r, ...meta }) as RecordMeta);
      // A sample record someone edited and saved is theirs now (it lost its mark): loading again must not overwrite it.
      const kept = await store.bulkGet(rows.map((r) => r.id));
      const fresh = rows.filter((_, i) => kept[i] === undefined);
      await store.bulkAdd(fresh);
      fresh.forEach((r) => created(table, r));
    }
    await appendAuditRows(db, audit);
  });
}

/** Remove every demo record in one step (and one transaction). Returns how many were removed. */
export async function removeDemoData(db: BcpDatabase, context: WriteContext): Promise<number> {
  const actor = context.actor.trim();
  if (!actor) throw new Error('A write needs the name of the person making it.');
  const at = (context.now?.() ?? new Date()).toISOString();
  return writeTransaction(db, recordTables(db), () => deleteDemoRecords(db, actor, at));
}
