/** The one application window, with every renderer-side safety switch set explicitly rather than left to defaults. */
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './security-policy';

export interface WindowOptions {
  preload: string;
  /** Unpackaged development run: only then are DevTools available. */
  development: boolean;
}

export function createMainWindow({ preload, development }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false, // shown on ready-to-show, so staff never see a blank white frame while it loads
    backgroundColor: '#ffffff',
    title: 'BCP Workbook',
    webPreferences: {
      // reviewed: preload.ts only exposes buildApi(contract) over ipcRenderer.invoke; no Node API or ipcRenderer reaches the page.
      preload, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would otherwise try to open links in new windows; the window-open handler denies them anyway.
      disableBlinkFeatures: 'Auxclick',
      devTools: development,
    },
  });

  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[bcp] renderer process gone: ${details.reason} (exit code ${details.exitCode})`);
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('[bcp] failed to load the app:', error);
  });
  return window;
}
