import type { BcpDatabase } from './database';

/**
 * Defence in depth behind the UI's canEdit: while the edit lock is closed or the workbook is a 配布用コピー, the
 * database layer itself refuses to change workbook records. Audit-only writes (lock/unlock events) and this PC's
 * own settings (LOCAL_SETTING_KEYS) stay possible; restore and copy import deliberately replace everything.
 */
export type ReadOnlyReason = 'locked' | 'distributed-copy';

const reasons = new WeakMap<BcpDatabase, ReadOnlyReason>();

export class ReadOnlyError extends Error {
  constructor(readonly reason: ReadOnlyReason) {
    super(`the workbook is read-only (${reason})`);
    this.name = 'ReadOnlyError';
  }
}

export function setReadOnly(db: BcpDatabase, reason: ReadOnlyReason | null): void {
  if (reason) reasons.set(db, reason);
  else reasons.delete(db);
}

export function readOnlyReason(db: BcpDatabase): ReadOnlyReason | undefined {
  return reasons.get(db);
}

export function assertWritable(db: BcpDatabase): void {
  const reason = reasons.get(db);
  if (reason) throw new ReadOnlyError(reason);
}
