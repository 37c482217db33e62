import type { FolderBackupStatus } from '../domain/workbook-backup/workbook-settings';
import type { BcpDatabase } from './database';
import { readSettings } from './settings';

/**
 * Record how the last automatic backup into a folder went. Deliberately NOT audited: it is this PC's machine state,
 * not a change to the workbook, and an audit row per backup would itself look like a change and schedule the next
 * backup forever. Allowed while the workbook is read-only (a locked workbook is still backed up).
 */
export async function recordBackupStatus(db: BcpDatabase, folder: string, status: FolderBackupStatus): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = (await readSettings(db)).backupStatus;
    await db.settings.put({ key: 'backupStatus', value: { ...current, [folder]: status } });
  });
}

/** The audit trail's newest seq: the scheduler backs up again when it grows. */
export async function latestAuditSeq(db: BcpDatabase): Promise<number> {
  return (await db.auditLog.orderBy('seq').last())?.seq ?? 0;
}
