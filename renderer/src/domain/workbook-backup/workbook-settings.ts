import { z } from 'zod';
import { passphraseVerifierSchema } from '../passphrase';

/** Setting values of the workbook backup, distributed copy and edit lock (db/settings.ts holds them with their defaults). */

/** An absolute folder path as the host's folder dialog returned it (Windows drive/UNC or POSIX). */
export const backupFolderSchema = z.string().min(2).max(500);

export const DEFAULT_BACKUP_GENERATIONS = 10;

/** The outcome of the last automatic backup into one folder, per folder path. Machine state, not workbook content. */
export const folderBackupStatusSchema = z.object({
  lastAttemptAt: z.iso.datetime(),
  /** Set when the last attempt failed: the host's error code, shown as a Japanese message. */
  failure: z.string().max(40).optional(),
  lastVerified: z
    .object({
      at: z.iso.datetime(),
      fileName: z.string().max(200),
      bytes: z.number().int().min(0),
      /** The audit trail's last seq when the backup was taken: later changes make the folder due again. */
      auditSeq: z.number().int().min(0),
    })
    .optional(),
});
export type FolderBackupStatus = z.output<typeof folderBackupStatusSchema>;
export const backupStatusSchema = z.record(z.string(), folderBackupStatusSchema);
export type BackupStatus = z.output<typeof backupStatusSchema>;

export const editLockSchema = passphraseVerifierSchema.nullable();

/** Set while this workbook is a read-only 配布用コピー of another PC's workbook. */
export const distributedCopySchema = z
  .object({
    sourceFacility: z.string().max(200),
    /** When the source backup was taken: the 「○年○月○日時点」 shown everywhere. */
    asOf: z.iso.datetime(),
    importedAt: z.iso.datetime(),
  })
  .nullable();
export type DistributedCopy = NonNullable<z.output<typeof distributedCopySchema>>;
