import type { EntityTable } from 'dexie';
import type { AuditEntry } from '../domain/audit/audit-entry';
import { chainRows } from '../domain/audit/audit-chain';
import type { BcpDatabase } from './database';

/**
 * The one way rows enter the audit trail. Must be called inside the write transaction of the change it records
 * (writeTransaction includes the auditLog table), so a change and its audit rows land together or not at all.
 *
 * Rows are numbered and hash-chained here (domain/audit/audit-chain.ts): the tail is read in the same
 * transaction, so two writes cannot both chain onto the same row. The hash is synchronous on purpose — awaiting
 * WebCrypto inside the transaction would let IndexedDB commit it before the rows are added.
 */
export function appendAuditRows(db: BcpDatabase, rows: readonly AuditEntry[]): Promise<void> {
  // Returned, not awaited: with one more native await between the caller and IndexedDB, the demo loader's transaction
  // committed early (Dexie's PrematureCommitError in demo.test.ts).
  return appendToTrail(db.auditLog, rows);
}

/**
 * The same, given the auditLog table itself: a Dexie schema upgrade has no BcpDatabase to hand, only its upgrade
 * transaction's tables (`tx.table('auditLog')`), and its rows must land in that transaction like any other change.
 */
export async function appendToTrail(auditLog: EntityTable<AuditEntry, 'seq'>, rows: readonly AuditEntry[]): Promise<void> {
  if (rows.length === 0) return;
  await auditLog.bulkAdd(chainRows(rows, await auditLog.orderBy('seq').last()));
}
