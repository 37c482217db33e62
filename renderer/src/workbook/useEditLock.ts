import { useCallback, useEffect, useRef, useState } from 'react';
import type { BcpDatabase } from '../db/database';
import { setReadOnly } from '../db/read-only';
import type { Settings } from '../db/settings';
import { recordWorkbookEvent } from '../db/workbook-events';
import { checkPassphrase } from '../domain/passphrase';

export interface EditLock {
  /** A 管理者パスフレーズ is set. */
  enabled: boolean;
  /** Editing is locked right now. */
  locked: boolean;
  /** Check the passphrase and unlock; false when it is wrong. */
  unlock(passphrase: string): Promise<boolean>;
  lock(): void;
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * The edit lock and the read-only state of the workbook. With a passphrase set the app starts locked; after
 * `editLockIdleMinutes` without input it locks again. The database layer is told too (db/read-only.ts), so a
 * control that forgot to check canEdit still cannot change anything.
 */
export function useEditLock(db: BcpDatabase, settings: Settings): EditLock & { canEdit: boolean } {
  const enabled = settings.editLock !== null;
  // Opened with a passphrase set → locked. A passphrase set during this session leaves its author unlocked.
  const [unlocked, setUnlocked] = useState(() => !enabled);
  const unlockedRef = useRef(unlocked);
  unlockedRef.current = unlocked;
  const locked = enabled && !unlocked;
  const readOnly = settings.distributedCopy ? 'distributed-copy' : locked ? 'locked' : null;
  // Set during render as well as in the effect: the guard must hold before any child's first write.
  setReadOnly(db, readOnly);
  useEffect(() => setReadOnly(db, readOnly), [db, readOnly]);

  const actor = settings.currentUser;
  const lock = useCallback(() => {
    if (!unlockedRef.current) return;
    unlockedRef.current = false;
    setUnlocked(false);
    void recordWorkbookEvent(db, 'lock', actor, '編集ロック').catch((e: unknown) => console.warn('lock event not recorded', e));
  }, [db, actor]);

  const unlock = useCallback(
    async (passphrase: string) => {
      if (!settings.editLock) return true;
      if (!(await checkPassphrase(passphrase, settings.editLock))) return false;
      setReadOnly(db, settings.distributedCopy ? 'distributed-copy' : null);
      await recordWorkbookEvent(db, 'unlock', actor, '編集ロック解除');
      setUnlocked(true);
      return true;
    },
    [db, actor, settings.editLock, settings.distributedCopy],
  );

  // Idle re-lock: any input restarts the countdown.
  const idleMs = settings.editLockIdleMinutes * 60_000;
  useEffect(() => {
    if (!enabled || !unlocked) return;
    let timer = window.setTimeout(lock, idleMs);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, idleMs);
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, restart, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, restart);
    };
  }, [enabled, unlocked, idleMs, lock]);

  return { enabled, locked, unlock, lock, canEdit: readOnly === null };
}
