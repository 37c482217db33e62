import type { Table } from 'dexie';
import type { BcpDatabase } from '../../db/database';
import { Repository, writeTransaction, type WriteContext } from '../../db/repository';
import { RECORD_TABLES } from '../../db/schema';
import { FACILITY_ID, type FacilityFields } from '../../domain/facility';
import { featureModules } from '../modules';

/** First run: the facility and every area's starter records in one transaction. */
export async function createWorkbook(db: BcpDatabase, facility: FacilityFields, context: WriteContext): Promise<void> {
  const tables = RECORD_TABLES.map((t) => db[t] as unknown as Table);
  await writeTransaction(db, tables, async () => {
    await new Repository(db, 'facility').save({ ...facility, id: FACILITY_ID }, context);
    for (const module of featureModules) await module.seedNewWorkbook?.(db, context);
  });
}
