import type { Table } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { RecordTypes } from '../db/database';
import { useWorkbook } from './WorkbookContext';

/**
 * The stored record an editor route names, kept live: `undefined` while loading, `null` when there is no id (a new
 * record), 'missing' when the id is not (or no longer) stored. Each answer is tagged with the id it belongs to,
 * because while a new query runs useLiveQuery still returns the previous route's result, and an editor keyed by id
 * would otherwise start from another record's values.
 */
export function useStoredRecord<T extends keyof RecordTypes>(table: T, id: string | undefined): RecordTypes[T] | null | 'missing' | undefined {
  const { db } = useWorkbook();
  const loaded = useLiveQuery(async () => {
    const rows = db[table] as unknown as Table<RecordTypes[T], string>;
    return { id, record: id === undefined ? null : ((await rows.get(id)) ?? ('missing' as const)) };
  }, [db, table, id]);
  return loaded && loaded.id === id ? loaded.record : undefined;
}
