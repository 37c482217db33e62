/** Main process entry: lifecycle, single-instance lock, and wiring of the hardened pieces. */
import path from 'node:path';
import { Menu, app, session, type BrowserWindow } from 'electron';
import { createHandlers } from './handlers';
import { electronHostDeps } from './host-deps';
import { registerHandlers } from './ipc';
import { buildMenuTemplate } from './menu-template';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { hardenSession, installWebContentsHooks } from './security';
import { createMainWindow } from './window';

// Both must happen before 'ready'.
registerAppScheme();
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function start(): Promise<void> {
  const development = !app.isPackaged;
  hardenSession(session.defaultSession);
  // app.getAppPath() is the folder (or app.asar) holding package.json, in development and when packaged alike.
  serveAppProtocol(session.defaultSession, path.join(app.getAppPath(), 'dist', 'renderer'));
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, appName: app.name, development })));
  registerHandlers(createHandlers(electronHostDeps(() => mainWindow)));

  mainWindow = createMainWindow({ preload: path.join(__dirname, 'preload.cjs'), development });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// A second copy would open the same IndexedDB from another process; hand over to the running one instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  installWebContentsHooks();
  // One window is the whole app, on macOS too: closing it ends the session and its saved-file ids.
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[bcp] failed to start:', error);
      app.exit(1);
    });
}
