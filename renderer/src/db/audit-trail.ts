import type { AuditEntry } from '../domain/audit';
import type { BcpDatabase } from './database';

/**
 * The one way rows enter the audit trail. Must be called inside the write transaction of the change it records
 * (writeTransaction includes the auditLog table), so a change and its audit rows land together or not at all.
 */
export async function appendAuditRows(db: BcpDatabase, rows: readonly AuditEntry[]): Promise<void> {
  if (rows.length === 0) return;
  await db.auditLog.bulkAdd([...rows]);
}
