import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import { dispatch, operationForChannel } from '../../electron/contract';
import { createHandlers } from '../../electron/handlers';
import { ChosenFolders } from '../../electron/services/chosen-folders';

/** What the test host did on the page's behalf, for assertions (the dialog and shell are fakes; the rest is real). */
export interface HostLog {
  saveDir: string;
  savedPaths: string[];
  opened: string[];
  printed: string[];
  revealed: string[];
  /** Folders the fake folder dialog answers with, in order; when empty it answers `<saveDir>/backups` (created). */
  folderChoices: string[];
}

let preloadBundle: Promise<string> | undefined;

function testPreload(): Promise<string> {
  preloadBundle ??= build({
    entryPoints: [path.join(import.meta.dirname, 'test-preload.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  }).then((result) => result.outputFiles[0]!.text);
  return preloadBundle;
}

function decode(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (typeof record.__bytes === 'string') return new Uint8Array(Buffer.from(record.__bytes, 'base64'));
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (value && typeof value === 'object' && !Array.isArray(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeBytes(v)]));
  return value;
}

/**
 * Bind the real main-process handlers (electron/handlers.ts and its services) into the page in place of IPC.
 * Only the parts that need a human or the OS are fakes: the save dialog answers with a path in `saveDir`.
 */
export async function bindHost(page: Page, origin: string, saveDir: string): Promise<HostLog> {
  await mkdir(saveDir, { recursive: true });
  const log: HostLog = { saveDir, savedPaths: [], opened: [], printed: [], revealed: [], folderChoices: [] };
  // A path is logged once the file is written, not when the dialog answers: a second print of the same form on the
  // same day gets the same name, and a test reading it must see the new file, not the one about to be replaced.
  let chosen: string | undefined;
  const choose = async (name: string) => (chosen = path.join(saveDir, name));
  const handlers = createHandlers({
    appVersion: 'test',
    platform: process.platform,
    host: 'test',
    chooseSavePath: choose,
    openPath: async (p) => void log.opened.push(p),
    showItemInFolder: async (p) => void log.revealed.push(p),
    printFile: async (p) => void log.printed.push(p),
    chooseFolder: async () => {
      const folder = log.folderChoices.shift() ?? path.join(saveDir, 'backups');
      await mkdir(folder, { recursive: true });
      return folder;
    },
    chooseBackupSavePath: choose,
    chosenFolders: new ChosenFolders(null),
  });
  for (const operation of ['savePdf', 'saveBackupFile'] as const) {
    const save = handlers[operation] as (request: unknown) => Promise<{ status: string }>;
    (handlers as Record<typeof operation, unknown>)[operation] = async (request: unknown) => {
      const result = await save(request);
      if (result.status === 'saved' && chosen) log.savedPaths.push(chosen);
      return result;
    };
  }
  await page.exposeBinding('__bcpInvoke', async (source, channel: string, payload: unknown) => {
    // The same rule as ipc.ts: only the app's own page may call the host.
    if (new URL(source.frame.url()).origin !== origin || source.frame.parentFrame()) throw new Error('bcp: request refused');
    const operation = operationForChannel(channel);
    if (!operation) throw new Error('bcp: request refused');
    return encodeBytes(await dispatch(handlers, operation, decode(payload)));
  });
  await page.addInitScript({ content: await testPreload() });
  return log;
}
