import { useSyncExternalStore } from 'react';
import type { BcpDatabase } from '../../db/database';
import { backUpToFolders, type BackupProgress, type FolderOutcome } from './backup-runner';

/**
 * The one backup run of this window, shared by the scheduler in the top bar and the 「今すぐバックアップ」 button:
 * never two runs at once, and both show the same progress.
 */
export interface BackupRunState {
  running: boolean;
  progress?: BackupProgress;
  lastOutcomes?: FolderOutcome[];
}

let state: BackupRunState = { running: false };
const listeners = new Set<() => void>();

function set(next: BackupRunState): void {
  state = next;
  for (const listener of listeners) listener();
}

export async function runBackup(db: BcpDatabase, folders: readonly string[], keep: number): Promise<FolderOutcome[] | undefined> {
  if (state.running || folders.length === 0) return undefined;
  set({ ...state, running: true, progress: { done: 0, total: folders.length } });
  try {
    const outcomes = await backUpToFolders(db, folders, keep, (progress) => set({ ...state, progress }));
    set({ running: false, lastOutcomes: outcomes });
    return outcomes;
  } catch (error) {
    console.warn('backup run failed', error);
    set({ running: false });
    return undefined;
  }
}

export function useBackupRun(): BackupRunState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
