import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { contract, dispatch, type Handlers } from './contract';
import { createHandlers, type HostDeps } from './handlers';
import { ChosenFolders } from './services/chosen-folders';

const PDF = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bcp-handlers-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Calls {
  opened: string[];
  revealed: string[];
  printed: string[];
}

function setup(overrides: Partial<HostDeps> = {}): { handlers: Handlers; calls: Calls } {
  const calls: Calls = { opened: [], revealed: [], printed: [] };
  const deps: HostDeps = {
    appVersion: '1.2.3',
    platform: 'linux',
    host: 'test',
    chooseSavePath: async (name) => path.join(dir, name),
    openPath: async (p) => void calls.opened.push(p),
    showItemInFolder: async (p) => void calls.revealed.push(p),
    printFile: async (p) => void calls.printed.push(p),
    chooseFolder: async () => dir,
    chooseBackupSavePath: async (name) => path.join(dir, name),
    chosenFolders: new ChosenFolders(null),
    ...overrides,
  };
  return { handlers: createHandlers(deps), calls };
}

/** Every answer must also satisfy the contract's response schema: that is what ipc.ts enforces. */
function conforms<K extends keyof typeof contract>(op: K, value: unknown): void {
  expect(contract[op].response.safeParse(value).success).toBe(true);
}

describe('hostInfo', () => {
  it('reports the injected host facts', async () => {
    const { handlers } = setup();
    const info = await handlers.hostInfo({});
    expect(info).toEqual({ host: 'test', appVersion: '1.2.3', platform: 'linux' });
    conforms('hostInfo', info);
  });
});

describe('savePdf', () => {
  it('writes the PDF where the user chose and returns an opaque id', async () => {
    const { handlers } = setup();
    const result = await handlers.savePdf({ suggestedName: '連絡網.pdf', bytes: PDF });
    conforms('savePdf', result);
    expect(result).toMatchObject({ status: 'saved', fileName: '連絡網.pdf' });
    expect(JSON.stringify(result)).not.toContain(dir);
    expect(new Uint8Array(await readFile(path.join(dir, '連絡網.pdf')))).toEqual(PDF);
  });

  it('returns cancelled when the dialog is cancelled, writing nothing', async () => {
    const { handlers } = setup({ chooseSavePath: async () => null });
    const result = await handlers.savePdf({ suggestedName: 'a.pdf', bytes: PDF });
    expect(result).toEqual({ status: 'cancelled' });
    conforms('savePdf', result);
  });

  it('returns failed/not-found for a folder that does not exist', async () => {
    const { handlers } = setup({ chooseSavePath: async () => path.join(dir, 'gone', 'a.pdf') });
    const result = await handlers.savePdf({ suggestedName: 'a.pdf', bytes: PDF });
    expect(result).toEqual({ status: 'failed', code: 'not-found' });
    conforms('savePdf', result);
  });

  it('returns failed/invalid-path when the chosen name does not end in .pdf', async () => {
    const { handlers } = setup({ chooseSavePath: async () => path.join(dir, 'a.exe') });
    const result = await handlers.savePdf({ suggestedName: 'a.pdf', bytes: PDF });
    expect(result).toEqual({ status: 'failed', code: 'invalid-path' });
  });

  it('is refused by the contract for non-PDF bytes before any dialog opens', async () => {
    let asked = false;
    const { handlers } = setup({ chooseSavePath: async () => ((asked = true), null) });
    const bytes = new TextEncoder().encode('MZ not a pdf');
    await expect(dispatch(handlers, 'savePdf', { suggestedName: 'a.pdf', bytes })).rejects.toThrow(/invalid request/);
    expect(asked).toBe(false);
  });
});

describe('open, print, reveal', () => {
  it('act only on the saved file', async () => {
    const { handlers, calls } = setup();
    const saved = await handlers.savePdf({ suggestedName: 'a.pdf', bytes: PDF });
    if (saved.status !== 'saved') throw new Error('not saved');
    const target = path.join(dir, 'a.pdf');

    for (const result of [
      await handlers.openSavedFile({ fileId: saved.fileId }),
      await handlers.printSavedFile({ fileId: saved.fileId }),
      await handlers.revealSavedFile({ fileId: saved.fileId }),
    ]) {
      expect(result).toEqual({ ok: true });
      conforms('openSavedFile', result);
    }
    expect(calls).toEqual({ opened: [target], printed: [target], revealed: [target] });
  });

  it('answer unknown-file for ids this session did not hand out, without calling the system', async () => {
    const { handlers, calls } = setup();
    const fileId = 'AAAAAAAAAAAAAAAAAAAAAAAA';
    expect(await handlers.openSavedFile({ fileId })).toEqual({ ok: false, code: 'unknown-file' });
    expect(await handlers.printSavedFile({ fileId })).toEqual({ ok: false, code: 'unknown-file' });
    expect(await handlers.revealSavedFile({ fileId })).toEqual({ ok: false, code: 'unknown-file' });
    expect(calls).toEqual({ opened: [], printed: [], revealed: [] });
  });

  it('do not share ids between host instances', async () => {
    const first = setup();
    const saved = await first.handlers.savePdf({ suggestedName: 'a.pdf', bytes: PDF });
    if (saved.status !== 'saved') throw new Error('not saved');
    const second = setup();
    expect(await second.handlers.openSavedFile({ fileId: saved.fileId })).toEqual({ ok: false, code: 'unknown-file' });
  });

  it('answer not-found when the file was deleted after saving', async () => {
    const { handlers, calls } = setup();
    const saved = await handlers.savePdf({ suggestedName: 'a.pdf', bytes: PDF });
    if (saved.status !== 'saved') throw new Error('not saved');
    await rm(path.join(dir, 'a.pdf'));
    expect(await handlers.printSavedFile({ fileId: saved.fileId })).toEqual({ ok: false, code: 'not-found' });
    expect(calls.printed).toEqual([]);
  });

  it('turn a failing system action into its own code', async () => {
    const { handlers } = setup({
      printFile: async () => {
        throw new Error('lp: Error - no default destination available.');
      },
      openPath: async () => {
        throw new Error('Failed to open path');
      },
    });
    const saved = await handlers.savePdf({ suggestedName: 'a.pdf', bytes: PDF });
    if (saved.status !== 'saved') throw new Error('not saved');
    expect(await handlers.printSavedFile({ fileId: saved.fileId })).toEqual({ ok: false, code: 'print-failed' });
    const opened = await handlers.openSavedFile({ fileId: saved.fileId });
    expect(opened).toEqual({ ok: false, code: 'open-failed' });
    conforms('openSavedFile', opened);
  });

  it('are refused by the contract for malformed ids', async () => {
    const { handlers } = setup();
    await expect(dispatch(handlers, 'openSavedFile', { fileId: '../../etc/passwd' })).rejects.toThrow(/invalid request/);
    await expect(dispatch(handlers, 'printSavedFile', { fileId: 'C:\\Windows\\x.pdf' })).rejects.toThrow(/invalid request/);
  });
});

describe('backups', () => {
  /** A minimal container: magic, filler, trailing SHA-256 of the rest (the renderer builds real ones). */
  function backup(): { bytes: Uint8Array<ArrayBuffer>; sha256: string } {
    const body = new Uint8Array(100).fill(7);
    body.set([0x42, 0x43, 0x50, 0x42, 0x41, 0x4b, 0x0d, 0x0a]);
    const bytes = new Uint8Array([...body, ...createHash('sha256').update(body).digest()]);
    return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  }

  it('choose a folder, write a verified generation into it and list it', async () => {
    const { handlers } = setup();
    const chosen = await handlers.chooseBackupFolder({});
    conforms('chooseBackupFolder', chosen);
    expect(chosen).toEqual({ status: 'chosen', folder: dir });
    const written = await dispatch(handlers, 'writeBackupGeneration', { folder: dir, keep: 10, ...backup() });
    conforms('writeBackupGeneration', written);
    expect(written).toMatchObject({ ok: true, bytes: 132, removed: 0 });
    const listed = await dispatch(handlers, 'listBackupGenerations', { folder: dir });
    conforms('listBackupGenerations', listed);
    expect(listed).toMatchObject({ ok: true, generations: [{ intact: true }] });
  });

  it('report a missing folder and a checksum mismatch as codes', async () => {
    const gone = path.join(dir, 'gone');
    const chosenFolders = new ChosenFolders(null);
    await chosenFolders.add(gone); // chosen earlier, then the USB drive was pulled
    const { handlers } = setup({ chosenFolders });
    await handlers.chooseBackupFolder({});
    const { bytes, sha256 } = backup();
    expect(await handlers.writeBackupGeneration({ folder: gone, bytes, sha256, keep: 3 })).toEqual({ ok: false, code: 'not-found' });
    expect(await handlers.writeBackupGeneration({ folder: dir, bytes, sha256: '0'.repeat(64), keep: 3 })).toEqual({ ok: false, code: 'verify-failed' });
  });

  it('refuse relative folders and non-backup bytes in the contract', async () => {
    const { handlers } = setup();
    await expect(dispatch(handlers, 'writeBackupGeneration', { folder: 'relative/dir', keep: 3, ...backup() })).rejects.toThrow(/invalid request/);
    await expect(dispatch(handlers, 'writeBackupGeneration', { folder: dir, keep: 3, bytes: PDF, sha256: '0'.repeat(64) })).rejects.toThrow(/invalid request/);
  });

  it('write, list and rotate only in folders the user picked in the folder dialog', async () => {
    const { handlers } = setup();
    const other = await mkdtemp(path.join(os.tmpdir(), 'bcp-not-chosen-'));
    try {
      await writeFile(path.join(other, 'bcp-20260101-000000-000-abcdef.bcpbak'), 'a real generation');
      expect(await handlers.writeBackupGeneration({ folder: other, keep: 1, ...backup() })).toEqual({ ok: false, code: 'invalid-path' });
      expect(await handlers.listBackupGenerations({ folder: other })).toEqual({ ok: false, code: 'invalid-path' });
      expect(await readdir(other)).toEqual(['bcp-20260101-000000-000-abcdef.bcpbak']);
      await handlers.chooseBackupFolder({});
      expect(await handlers.writeBackupGeneration({ folder: `${dir}${path.sep}`, keep: 3, ...backup() })).toMatchObject({ ok: true });
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('remembers the chosen folders across a restart, in the app data folder', async () => {
    const file = path.join(dir, 'backup-folders.json');
    await setup({ chosenFolders: new ChosenFolders(file) }).handlers.chooseBackupFolder({});
    const restarted = setup({ chosenFolders: new ChosenFolders(file) }).handlers;
    expect(await restarted.writeBackupGeneration({ folder: dir, keep: 3, ...backup() })).toMatchObject({ ok: true });
  });

  it('save a manual export where the user chose', async () => {
    const { handlers } = setup();
    const saved = await dispatch(handlers, 'saveBackupFile', { suggestedName: 'さくら病院.bcpbak', bytes: backup().bytes });
    conforms('saveBackupFile', saved);
    expect(saved).toEqual({ status: 'saved', fileName: 'さくら病院.bcpbak' });
  });
});
