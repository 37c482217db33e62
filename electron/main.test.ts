/**
 * Wiring test for the Electron entry: main.ts with a fake `electron` module (the real one cannot be loaded
 * without its binary). Checks that the hardened pieces are actually switched on, not just that they exist.
 */
import { describe, it, expect, vi, beforeAll, afterAll } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { contract, operations } from './contract';
import { CONTENT_SECURITY_POLICY } from './security-policy';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const appListeners = new Map<string, Listener>();
  const ipcHandlers = new Map<string, Listener>();
  const sessionListeners = new Map<string, Listener>();
  const state: {
    appPath: string;
    windowOptions: Record<string, unknown> | null;
    loadedUrl: string | null;
    protocolHandler: ((request: Request) => Promise<Response>) | null;
    permissionRequest: Listener | null;
    permissionCheck: Listener | null;
    beforeRequest: Listener | null;
  } = { appPath: '', windowOptions: null, loadedUrl: null, protocolHandler: null, permissionRequest: null, permissionCheck: null, beforeRequest: null };

  class BrowserWindow {
    webContents = { on: () => undefined };
    constructor(options: Record<string, unknown>) {
      state.windowOptions = options;
    }
    once(): void {}
    on(): void {}
    loadURL(url: string): Promise<void> {
      state.loadedUrl = url;
      return Promise.resolve();
    }
  }

  const electron = {
    app: {
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: () => true,
      on: (event: string, listener: Listener) => void appListeners.set(event, listener),
      whenReady: () => Promise.resolve(),
      isPackaged: true,
      getAppPath: () => state.appPath,
      getVersion: () => '9.9.9',
      getPath: () => '/documents',
      name: 'BCP Workbook',
      quit: vi.fn(),
      exit: vi.fn(),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => void (state.permissionRequest = h),
        setPermissionCheckHandler: (h: Listener) => void (state.permissionCheck = h),
        setDevicePermissionHandler: vi.fn(),
        setDisplayMediaRequestHandler: vi.fn(),
        setSpellCheckerEnabled: vi.fn(),
        on: (event: string, listener: Listener) => void sessionListeners.set(event, listener),
        webRequest: {
          onBeforeRequest: (h: Listener) => void (state.beforeRequest = h),
          onHeadersReceived: vi.fn(),
        },
        protocol: {
          handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => void (state.protocolHandler = handler),
        },
      },
    },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (template: unknown) => template },
    ipcMain: { handle: (channel: string, handler: Listener) => void ipcHandlers.set(channel, handler) },
    BrowserWindow,
    dialog: { showSaveDialog: vi.fn() },
    shell: { openPath: vi.fn(), showItemInFolder: vi.fn() },
  };
  return { electron, state, appListeners, ipcHandlers };
});

vi.mock('electron', () => fake.electron);

let base: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'bcp-main-'));
  fake.state.appPath = base;
  await mkdir(path.join(base, 'dist', 'renderer'), { recursive: true });
  await writeFile(path.join(base, 'dist', 'renderer', 'index.html'), '<!doctype html><title>BCP</title>');
  await import('./main');
  // let whenReady().then(start) run
  await new Promise((resolve) => setTimeout(resolve, 0));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function ipcEvent(url: string, isMainFrame = true): unknown {
  return { senderFrame: { url, parent: isMainFrame ? null : {} } };
}

describe('main process wiring', () => {
  it('registers app:// as standard and secure, without bypassing the CSP, and enables the sandbox', () => {
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
    ]);
    expect(fake.electron.app.enableSandbox).toHaveBeenCalled();
  });

  it('opens one locked-down window on app://bcp/index.html', () => {
    expect(fake.state.loadedUrl).toBe('app://bcp/index.html');
    expect(fake.state.windowOptions).toMatchObject({
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 700,
      show: false,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: false,
        devTools: false,
      },
    });
    const prefs = (fake.state.windowOptions as { webPreferences: { preload: string } }).webPreferences;
    expect(path.basename(prefs.preload)).toBe('preload.cjs');
  });

  it('registers an IPC handler for every contract operation and nothing else', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(operations.map((op) => contract[op].channel).sort());
  });

  it('answers the app main frame and refuses anyone else', async () => {
    const hostInfo = fake.ipcHandlers.get(contract.hostInfo.channel);
    expect(await hostInfo?.(ipcEvent('app://bcp/index.html'), {})).toEqual({ host: 'electron', appVersion: '9.9.9', platform: process.platform });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(hostInfo?.(ipcEvent('https://evil.example/'), {})).rejects.toThrow('bcp: request refused');
    await expect(hostInfo?.(ipcEvent('app://bcp/index.html', false), {})).rejects.toThrow('bcp: request refused');
  });

  it('serves the renderer on app://bcp with the CSP, and nothing on other hosts', async () => {
    const handler = fake.state.protocolHandler;
    expect(handler).not.toBeNull();
    const page = await handler!(new Request('app://bcp/contacts'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>BCP</title>');
    expect((await handler!(new Request('app://other/index.html'))).status).toBe(404);
  });

  it('denies every permission and blocks remote requests', () => {
    const granted: boolean[] = [];
    const app = { getURL: () => 'app://bcp/index.html' };
    fake.state.permissionRequest?.(app, 'media', (ok: boolean) => granted.push(ok), { requestingUrl: 'app://bcp/index.html' });
    fake.state.permissionRequest?.(app, 'notifications', (ok: boolean) => granted.push(ok), { requestingUrl: 'app://bcp/index.html' });
    expect(granted).toEqual([false, false]);
    expect(fake.state.permissionCheck?.(null, 'clipboard-read', 'app://bcp', {})).toBe(false);
    // Keeping its own storage is the one permission, and only for the app's page.
    expect(fake.state.permissionCheck?.(null, 'persistent-storage', 'app://bcp', {})).toBe(true);
    expect(fake.state.permissionCheck?.(null, 'persistent-storage', 'https://evil.example', {})).toBe(false);
    const persist: boolean[] = [];
    fake.state.permissionRequest?.(app, 'persistent-storage', (ok: boolean) => persist.push(ok), { requestingUrl: 'app://bcp/index.html' });
    fake.state.permissionRequest?.(app, 'persistent-storage', (ok: boolean) => persist.push(ok), { requestingUrl: 'https://evil.example/' });
    expect(persist).toEqual([true, false]);

    const decisions: unknown[] = [];
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fake.state.beforeRequest?.({ url: 'https://example.com/' }, (r: unknown) => decisions.push(r));
    fake.state.beforeRequest?.({ url: 'app://bcp/assets/a.js' }, (r: unknown) => decisions.push(r));
    expect(decisions).toEqual([{ cancel: true }, { cancel: false }]);
  });

  it('locks down every web contents created later', () => {
    const listeners = new Map<string, Listener>();
    let openHandler: Listener | null = null;
    const contents = {
      on: (event: string, listener: Listener) => void listeners.set(event, listener),
      setWindowOpenHandler: (handler: Listener) => void (openHandler = handler),
    };
    fake.appListeners.get('web-contents-created')?.({}, contents);

    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      listeners.get(event)?.({ preventDefault, isMainFrame: true, url: 'https://example.com/' });
      expect(preventDefault, event).toHaveBeenCalled();
    }
    expect(openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('keeps a single instance and quits when the window closes', () => {
    expect(fake.appListeners.has('second-instance')).toBe(true);
    fake.appListeners.get('window-all-closed')?.();
    expect(fake.electron.app.quit).toHaveBeenCalled();
  });
});
