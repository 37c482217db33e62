import type { Table } from 'dexie';
import { recordLabel } from '../domain/audit/audit-entry';
import type { BcpDatabase, RecordTypes } from './database';
import { StorageError } from './errors';
import { Repository, writeTransaction, type WriteContext } from './repository';
import type { RecordTableName } from './schema';

/**
 * What deleting the referred record does to a record that refers to it:
 * - `refuse`: the delete is refused while the referrer exists (the confirmation names the referrers);
 * - `keep-and-flag`: the referrer keeps the id and its screen shows the record as deleted;
 * - `clear`: the referrer is changed by `clear` in the same transaction (with its audit row).
 */
export type OnDelete = 'refuse' | 'keep-and-flag' | 'clear';

interface ReferenceOf<F extends keyof RecordTypes> {
  /** The table holding the reference and the field it is kept in (the field is for people reading the declaration). */
  from: F;
  field: string;
  /** The table of the referred records. */
  to: RecordTableName;
  onDelete: OnDelete;
  refersTo(record: RecordTypes[F], id: string): boolean;
  /** The referrer without the reference; required for `clear`. */
  clear?(record: RecordTypes[F], id: string): RecordTypes[F];
  /**
   * i18n key of the sentence the delete confirmation shows: what refers to the record and what the delete will do,
   * with `{{names}}` (the referrers' names, joined) and `{{count}}`.
   */
  messageKey: string;
}

/** A reference one area's records hold to other records, declared by the area's feature module. */
export type RecordReference = { [F in keyof RecordTypes]: ReferenceOf<F> }[keyof RecordTypes];

/** The records holding one kind of reference to the record about to be deleted. */
export interface Referrers {
  reference: RecordReference;
  records: { id: string; label: string }[];
}

/** What a delete will do, told in advance for its confirmation; `refused` when a `refuse` reference has referrers. */
export interface DeletePlan {
  referrers: Referrers[];
  refused: boolean;
}

/** The delete was refused: records still refer to the record (shown from the plan). */
export class DeleteRefusedError extends Error {
  constructor(readonly plan: DeletePlan) {
    super('the record is still referred to');
    this.name = 'DeleteRefusedError';
  }
}

function referencesTo(references: readonly RecordReference[], table: RecordTableName): RecordReference[] {
  return references.filter((r) => r.to === table);
}

async function referrersOf(db: BcpDatabase, reference: RecordReference, id: string): Promise<RecordTypes[keyof RecordTypes][]> {
  const records = (await (db[reference.from] as unknown as Table<RecordTypes[typeof reference.from], string>).toArray()) as never[];
  return records.filter((record) => (reference.refersTo as (r: never, id: string) => boolean)(record, id));
}

/** What deleting record `id` of `table` will do to the records referring to it. Reads only. */
export async function planDelete(db: BcpDatabase, references: readonly RecordReference[], table: RecordTableName, id: string): Promise<DeletePlan> {
  const referrers: Referrers[] = [];
  for (const reference of referencesTo(references, table)) {
    const records = await referrersOf(db, reference, id);
    if (records.length > 0) referrers.push({ reference, records: records.map((r) => ({ id: r.id, label: recordLabel(r) })) });
  }
  return { referrers, refused: referrers.some((r) => r.reference.onDelete === 'refuse') };
}

interface DeleteOptions {
  /** Further tables the delete writes (the area's own cascade). */
  tables?: Table[];
  /** The area's own part of the delete (e.g. a system's backups and runbooks), run inside the same transaction first. */
  cascade?(): Promise<void>;
}

/**
 * THE delete of a record that other records may refer to: in one transaction, refuse if a `refuse` reference has
 * referrers, run the area's own cascade, clear every `clear` reference, leave `keep-and-flag` referrers as they are,
 * and delete the record, each change with its audit row.
 */
export async function deleteReferredRecord(
  db: BcpDatabase,
  references: readonly RecordReference[],
  table: RecordTableName,
  id: string,
  context: WriteContext,
  options: DeleteOptions = {},
): Promise<void> {
  const relevant = referencesTo(references, table);
  const tables = [db[table] as unknown as Table, ...relevant.map((r) => db[r.from] as unknown as Table), ...(options.tables ?? [])];
  try {
    await writeTransaction(db, [...new Set(tables)], async () => {
    await options.cascade?.();
    const plan = await planDelete(db, relevant, table, id);
    if (plan.refused) throw new DeleteRefusedError(plan);
    for (const reference of relevant) {
      if (reference.onDelete !== 'clear') continue;
      const clear = reference.clear as ((r: never, id: string) => never) | undefined;
      if (!clear) throw new Error(`reference ${reference.from}.${reference.field} is 'clear' without a clear function`);
      const changed = (await referrersOf(db, reference, id)).map((record) => clear(record as never, id));
      if (changed.length > 0) await new Repository(db, reference.from).saveMany(changed, context);
    }
    await new Repository(db, table).remove(id, context);
    });
  } catch (error) {
    // writeTransaction reports every failure as a StorageError; a refusal is not one, the caller shows the plan.
    if (error instanceof StorageError && error.cause instanceof DeleteRefusedError) throw error.cause;
    throw error;
  }
}
