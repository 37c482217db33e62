import type { FolderBackupStatus } from './workbook-settings';

/** Wait this long after the last change, so a burst of edits makes one backup, not twenty. */
export const BACKUP_DEBOUNCE_MS = 30_000;
/** Even without changes, each folder gets a fresh verified generation once a day. */
export const DAILY_MS = 24 * 60 * 60_000;
/** A failed folder (USB drive out) is retried after this, not on every tick. */
export const RETRY_MS = 10 * 60_000;

export interface LastChange {
  seq: number;
  at: string;
}

/** When the folder should next receive a backup; a time in the past means "now". */
export function nextBackupAt(status: FolderBackupStatus | undefined, lastChange: LastChange | undefined, now: Date): Date {
  if (!status) return now;
  const verified = status.lastVerified;
  // By number or by time: a restore puts back an older trail with smaller numbers, but its own row is newer.
  const changedSince = lastChange !== undefined && (!verified || lastChange.seq > verified.auditSeq || lastChange.at > verified.at);
  let next = verified ? new Date(Date.parse(verified.at) + DAILY_MS) : now;
  if (changedSince) {
    const settled = new Date(Date.parse(lastChange.at) + BACKUP_DEBOUNCE_MS);
    if (settled < next) next = settled;
  }
  if (status.failure) {
    const retry = new Date(Date.parse(status.lastAttemptAt) + RETRY_MS);
    if (retry > next) next = retry;
  }
  return next;
}
