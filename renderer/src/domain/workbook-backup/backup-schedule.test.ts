import { describe, expect, it } from 'vitest';
import { BACKUP_DEBOUNCE_MS, DAILY_MS, nextBackupAt, RETRY_MS } from './backup-schedule';

const now = new Date('2025-06-01T09:00:00.000Z');
const at = (ms: number) => new Date(now.getTime() + ms).toISOString();

describe('nextBackupAt', () => {
  it('a new folder is backed up at once', () => {
    expect(nextBackupAt(undefined, { seq: 5, at: at(0) }, now)).toEqual(now);
  });

  it('waits 30 s after the last change', () => {
    const status = { lastAttemptAt: at(-60_000), lastVerified: { at: at(-60_000), fileName: 'f', bytes: 1, auditSeq: 4 } };
    expect(nextBackupAt(status, { seq: 5, at: at(-1000) }, now)).toEqual(new Date(now.getTime() - 1000 + BACKUP_DEBOUNCE_MS));
  });

  it('without changes, once a day', () => {
    const status = { lastAttemptAt: at(-1000), lastVerified: { at: at(-1000), fileName: 'f', bytes: 1, auditSeq: 5 } };
    expect(nextBackupAt(status, { seq: 5, at: at(-5000) }, now)).toEqual(new Date(now.getTime() - 1000 + DAILY_MS));
  });

  it('after restoring an older backup (a shorter audit trail), changes are still backed up within 30 s', () => {
    const status = { lastAttemptAt: at(-60_000), lastVerified: { at: at(-60_000), fileName: 'f', bytes: 1, auditSeq: 21 } };
    // The restored trail ends at 12 with the restore's own row, written after the last backup.
    expect(nextBackupAt(status, { seq: 12, at: at(-1000) }, now)).toEqual(new Date(now.getTime() - 1000 + BACKUP_DEBOUNCE_MS));
  });

  it('retries a failed folder after a pause, not at every change', () => {
    const status = { lastAttemptAt: at(-1000), failure: 'not-found' };
    expect(nextBackupAt(status, { seq: 9, at: at(-500) }, now)).toEqual(new Date(now.getTime() - 1000 + RETRY_MS));
  });
});
