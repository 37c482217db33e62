import type { Table } from 'dexie';
import type { BcpDatabase } from '../../db/database';
import { Repository, writeTransaction, type WriteContext } from '../../db/repository';
import { RECORD_TABLES } from '../../db/schema';
import { FACILITY_ID, type FacilityFields } from '../../domain/facility';
import { featureModules } from '../../features/modules';

/**
 * First run: the facility and every area's starter records in one transaction. Does nothing when a workbook exists
 * already (first run finished in another tab or window meanwhile): the starter records would be seeded twice.
 * Returns whether this call created it.
 */
export async function createWorkbook(db: BcpDatabase, facility: FacilityFields, context: WriteContext): Promise<boolean> {
  const tables = RECORD_TABLES.map((t) => db[t] as unknown as Table);
  return writeTransaction(db, tables, async () => {
    if (await db.facility.get(FACILITY_ID)) return false;
    await new Repository(db, 'facility').save({ ...facility, id: FACILITY_ID }, context);
    for (const module of featureModules) await module.seedNewWorkbook?.(db, context);
    return true;
  });
}
