/** The Electron implementations of HostDeps: the real save dialog, shell and printer. */
import path from 'node:path';
import { app, dialog, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { HostDeps } from './handlers';
import { ChosenFolders } from './services/chosen-folders';
import { createPrinter } from './services/print';
import { withPdfExtension } from './services/saved-files';

function defaultSavePath(suggestedName: string): string {
  try {
    return path.join(app.getPath('documents'), suggestedName);
  } catch {
    // Some locked-down profiles have no Documents folder: let the dialog choose its own start folder.
    return suggestedName;
  }
}

export function electronHostDeps(getWindow: () => BrowserWindow | null): HostDeps {
  return {
    appVersion: app.getVersion(),
    platform: process.platform,
    host: 'electron',

    chooseSavePath: async (suggestedName) => {
      const options: SaveDialogOptions = {
        title: 'PDF を保存',
        defaultPath: defaultSavePath(suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : withPdfExtension(result.filePath);
    },

    openPath: async (filePath) => {
      // shell.openPath resolves with an error message instead of rejecting.
      const error = await shell.openPath(filePath);
      if (error) throw new Error(error);
    },

    showItemInFolder: async (filePath) => {
      shell.showItemInFolder(filePath);
    },

    printFile: createPrinter(process.platform),

    chooseFolder: async () => {
      const options: OpenDialogOptions = { title: '自動バックアップの保存先フォルダを選択', properties: ['openDirectory', 'createDirectory'] };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
    },

    chosenFolders: new ChosenFolders(path.join(app.getPath('userData'), 'backup-folders.json')),

    chooseBackupSavePath: async (suggestedName) => {
      const options: SaveDialogOptions = {
        title: 'バックアップファイルを保存',
        defaultPath: defaultSavePath(suggestedName),
        filters: [{ name: 'BCP ワークブックのバックアップ', extensions: ['bcpbak'] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return path.extname(result.filePath).toLowerCase() === '.bcpbak' ? result.filePath : `${result.filePath}.bcpbak`;
    },
  };
}
