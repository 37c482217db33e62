import type { AuditAction } from '../domain/audit/audit-entry';
import { appendAuditRows } from './audit-trail';
import type { BcpDatabase } from './database';
import { writeTransaction } from './repository';
import { SYSTEM_ACTOR } from './settings';

/** Audit a workbook-level event that changes no record (lock, unlock). Allowed while read-only: it only appends. */
export async function recordWorkbookEvent(db: BcpDatabase, action: Extract<AuditAction, 'lock' | 'unlock'>, actor: string, label: string): Promise<void> {
  await writeTransaction(db, [], async () => {
    await appendAuditRows(db, [
      { at: new Date().toISOString(), actor: actor.trim() || SYSTEM_ACTOR, table: 'workbook', recordId: 'edit-lock', action, label, changedFields: [] },
    ]);
  });
}
