import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { BcpDatabase } from '../../db/database';
import { readSettings } from '../../db/settings';
import { nextBackupAt, type LastChange } from '../../domain/workbook-backup/backup-schedule';
import type { BackupStatus } from '../../domain/workbook-backup/workbook-settings';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { runBackup, useBackupRun } from './useBackupRun';

/** Re-evaluate at least this often (a PC woken from sleep, the daily backup). */
const TICK_MS = 60_000;

async function lastChangeOf(db: BcpDatabase): Promise<LastChange | null> {
  const last = await db.auditLog.orderBy('seq').last();
  return last?.seq === undefined ? null : { seq: last.seq, at: last.at };
}

function earliestDue(folders: readonly string[], status: BackupStatus, lastChange: LastChange | null, now: Date): number {
  return Math.min(...folders.map((f) => nextBackupAt(status[f], lastChange ?? undefined, now).getTime()));
}

/**
 * Automatic generations: watches the audit trail (every change lands there) and each folder's status, and starts a
 * backup run when any folder is due (debounced after changes, daily otherwise, failed folders retried later).
 * Mounted once, in the top bar, so it runs whatever screen is open. The live queries only decide when to look
 * again; whether a run is due is decided on fresh reads, because a just-finished run's status may not have reached
 * the live query yet (which would start a second, needless run).
 */
export function useBackupScheduler(): void {
  const { db, settings } = useWorkbook();
  const lastChange = useLiveQuery(() => lastChangeOf(db), [db]);
  const [tick, setTick] = useState(0);
  const { running } = useBackupRun();
  const { backupFolders: folders, backupStatus: status } = settings;

  useEffect(() => {
    // A run in progress is waited for: its end changes the folders' status, which runs this effect again.
    if (running || folders.length === 0 || lastChange === undefined) return;
    const now = new Date();
    const wait = Math.max(0, Math.min(earliestDue(folders, status, lastChange, now) - now.getTime(), TICK_MS));
    const timer = window.setTimeout(() => {
      void (async () => {
        const fresh = await readSettings(db);
        const freshChange = await lastChangeOf(db);
        if (fresh.backupFolders.length > 0 && earliestDue(fresh.backupFolders, fresh.backupStatus, freshChange, new Date()) <= Date.now()) {
          await runBackup(db, fresh.backupFolders, fresh.backupGenerations);
        }
      })()
        .catch((error: unknown) => console.warn('backup scheduler', error))
        .finally(() => setTick((t) => t + 1));
    }, wait);
    return () => window.clearTimeout(timer);
  }, [db, folders, status, lastChange, tick, running]);
}
