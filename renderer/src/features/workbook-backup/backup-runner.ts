import { bridge, type BackupErrorCode } from '../../bridge/client';
import { exportAndVerifyWorkbook } from '../../db/workbook-backup';
import { latestAuditSeq, recordBackupStatus } from '../../db/workbook-backup-status';
import type { BcpDatabase } from '../../db/database';
import type { BackupPurpose } from '../../domain/workbook-backup/backup-file';
import { readSettings } from '../../db/settings';
import { APP_VERSION } from '../../workbook/app-version';

export interface FolderOutcome {
  folder: string;
  ok: boolean;
  code?: BackupErrorCode;
}

export interface BackupProgress {
  done: number;
  total: number;
}

/**
 * One automatic backup run: export and verify the workbook once, then write it as a new generation into every
 * folder; the host reads each back and checks it. Every folder's outcome is recorded (settings → backupStatus),
 * failures included, so the settings screen, the home screen and the top bar can show them.
 */
export async function backUpToFolders(
  db: BcpDatabase,
  folders: readonly string[],
  keep: number,
  onProgress?: (progress: BackupProgress) => void,
  purpose: BackupPurpose = 'automatic',
): Promise<FolderOutcome[]> {
  const auditSeq = await latestAuditSeq(db);
  const attemptAt = new Date().toISOString();
  let exported: Awaited<ReturnType<typeof exportAndVerifyWorkbook>>;
  try {
    exported = await exportAndVerifyWorkbook(db, { appVersion: APP_VERSION, purpose });
  } catch (error) {
    console.warn('backup export failed', error);
    for (const folder of folders) await recordFailure(db, folder, attemptAt, 'unknown');
    return folders.map((folder) => ({ folder, ok: false, code: 'unknown' }));
  }
  const outcomes: FolderOutcome[] = [];
  onProgress?.({ done: 0, total: folders.length });
  for (const folder of folders) {
    let code: BackupErrorCode | undefined;
    try {
      const result = await bridge().writeBackupGeneration({ folder, bytes: exported.bytes, sha256: exported.sha256, keep });
      if (result.ok) {
        await recordBackupStatus(db, folder, {
          lastAttemptAt: attemptAt,
          lastVerified: { at: result.verifiedAt, fileName: result.fileName, bytes: result.bytes, auditSeq },
        });
      } else code = result.code;
    } catch (error) {
      console.warn('backup write refused', error);
      code = 'unknown';
    }
    if (code) await recordFailure(db, folder, attemptAt, code);
    outcomes.push(code ? { folder, ok: false, code } : { folder, ok: true });
    onProgress?.({ done: outcomes.length, total: folders.length });
  }
  return outcomes;
}

/** A failure keeps the last verified backup on record: the user needs to know how old the good one is. */
async function recordFailure(db: BcpDatabase, folder: string, attemptAt: string, code: BackupErrorCode): Promise<void> {
  const lastVerified = (await readSettings(db)).backupStatus[folder]?.lastVerified;
  await recordBackupStatus(db, folder, { lastAttemptAt: attemptAt, failure: code, lastVerified });
}
