/**
 * The host's implementation of the bridge contract, over injected dependencies so that the same code runs in
 * the Electron main process (real dialog and shell) and in tests (fakes). No `electron` import.
 */
import path from 'node:path';
import { MAX_PUBLISHED_COPY_BYTES, type BackupErrorCode, type HostErrorCode, type Handlers } from './contract';
import { listGenerations, VerifyFailedError, writeGeneration, writeVerifiedFile } from './services/backup-generations';
import type { ChosenFolders } from './services/chosen-folders';
import { HostError, hostErrorCodeOf } from './services/host-errors';
import { publishCopy, readPublishedCopy } from './services/published-copies';
import { SavedFiles } from './services/saved-files';

export interface HostDeps {
  appVersion: string;
  platform: string;
  host: 'electron' | 'test';
  /** Ask the user where to save; null when cancelled. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** Open a file in the system's default application; rejects if the system could not. */
  openPath(filePath: string): Promise<void>;
  /** Show a file selected in the system's file manager. */
  showItemInFolder(filePath: string): Promise<void>;
  /** Send a file to the default printer; rejects if the print command failed. */
  printFile(filePath: string): Promise<void>;
  /** Ask the user for a folder to receive automatic backups; null when cancelled. */
  chooseFolder(): Promise<string | null>;
  /** Ask where to save a manually exported backup (.bcpbak); null when cancelled. */
  chooseBackupSavePath(suggestedName: string): Promise<string | null>;
  /** Folders picked through chooseFolder: automatic backups go nowhere else. */
  chosenFolders: ChosenFolders;
}

type Outcome = { ok: true } | { ok: false; code: HostErrorCode };

export function createHandlers(deps: HostDeps): Handlers {
  const saved = new SavedFiles();

  async function assertChosen(folder: string): Promise<void> {
    if (!(await deps.chosenFolders.has(folder))) throw new HostError('invalid-path');
  }

  /** Look the file up, then run the system action; each step fails with its own code. */
  async function onSavedFile(
    fileId: string,
    action: (filePath: string) => Promise<void>,
    actionFailure: HostErrorCode,
  ): Promise<Outcome> {
    let filePath: string;
    try {
      filePath = await saved.existingPath(fileId);
    } catch (error) {
      // unknown-file, or not-found / no-permission when the saved file was moved, deleted or locked away.
      return { ok: false, code: hostErrorCodeOf(error) };
    }
    try {
      await action(filePath);
      return { ok: true };
    } catch (error) {
      logFailure('file action', error);
      return { ok: false, code: actionFailure };
    }
  }

  return {
    hostInfo: async () => ({ host: deps.host, appVersion: deps.appVersion, platform: deps.platform }),

    savePdf: async ({ suggestedName, bytes }) => {
      const target = await deps.chooseSavePath(suggestedName);
      if (target === null) return { status: 'cancelled' };
      try {
        const { fileId, fileName } = await saved.savePdf(target, bytes);
        return { status: 'saved', fileId, fileName };
      } catch (error) {
        logFailure('savePdf', error);
        return { status: 'failed', code: hostErrorCodeOf(error) };
      }
    },

    openSavedFile: ({ fileId }) => onSavedFile(fileId, (p) => deps.openPath(p), 'open-failed'),
    printSavedFile: ({ fileId }) => onSavedFile(fileId, (p) => deps.printFile(p), 'print-failed'),
    revealSavedFile: ({ fileId }) => onSavedFile(fileId, (p) => deps.showItemInFolder(p), 'open-failed'),

    chooseBackupFolder: async () => {
      try {
        const folder = await deps.chooseFolder();
        if (folder === null) return { status: 'cancelled' };
        await deps.chosenFolders.add(folder);
        return { status: 'chosen', folder };
      } catch (error) {
        logFailure('chooseBackupFolder', error);
        return { status: 'failed', code: 'unknown' };
      }
    },

    writeBackupGeneration: async ({ folder, bytes, sha256, keep }) => {
      try {
        await assertChosen(folder);
        return { ok: true, ...(await writeGeneration(folder, bytes, sha256, keep)) };
      } catch (error) {
        logFailure('writeBackupGeneration', error);
        return { ok: false, code: backupErrorCodeOf(error) };
      }
    },

    listBackupGenerations: async ({ folder }) => {
      try {
        await assertChosen(folder);
        return { ok: true, generations: await listGenerations(folder) };
      } catch (error) {
        logFailure('listBackupGenerations', error);
        return { ok: false, code: backupErrorCodeOf(error) };
      }
    },

    saveBackupFile: async ({ suggestedName, bytes }) => {
      const target = await deps.chooseBackupSavePath(suggestedName);
      if (target === null) return { status: 'cancelled' };
      if (!path.isAbsolute(target)) return { status: 'failed', code: 'invalid-path' };
      try {
        await writeVerifiedFile(target, bytes);
        return { status: 'saved', fileName: path.basename(target) };
      } catch (error) {
        logFailure('saveBackupFile', error);
        return { status: 'failed', code: backupErrorCodeOf(error) };
      }
    },

    // Published copies: the same chosen folders, one fixed file name in each (services/published-copies.ts).
    publishCopy: async ({ folder, bytes, sha256 }) => {
      try {
        await assertChosen(folder);
        return { ok: true, ...(await publishCopy(folder, bytes, sha256)) };
      } catch (error) {
        logFailure('publishCopy', error);
        return { ok: false, code: backupErrorCodeOf(error) };
      }
    },

    readPublishedCopy: async ({ folder }) => {
      try {
        await assertChosen(folder);
        return { ok: true, ...(await readPublishedCopy(folder, MAX_PUBLISHED_COPY_BYTES)) };
      } catch (error) {
        logFailure('readPublishedCopy', error);
        return { ok: false, code: backupErrorCodeOf(error) };
      }
    },
  };
}

function backupErrorCodeOf(error: unknown): BackupErrorCode {
  return error instanceof VerifyFailedError ? 'verify-failed' : hostErrorCodeOf(error);
}

/** The full error (with path) stays in the host's log; the renderer only gets the code. */
function logFailure(operation: string, error: unknown): void {
  console.warn(`[bcp] ${operation} failed:`, error);
}
