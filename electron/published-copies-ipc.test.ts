import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from './contract';
import { createHandlers } from './handlers';
import { ChosenFolders } from './services/chosen-folders';
import { PUBLISHED_COPY_NAME } from './services/published-copies';

function fakeCopy(seed: number): Uint8Array {
  const bytes = new Uint8Array(200).fill(seed);
  bytes.set([0x42, 0x43, 0x50, 0x43, 0x4f, 0x50, 0x59, 0x0a]);
  return bytes;
}
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const folders: string[] = [];
async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'bcp-copy-ipc-'));
  folders.push(folder);
  return folder;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});

describe('published copies over the bridge contract', () => {
  it('serves only folders chosen in the dialog, through the contract', async () => {
    const chosen = await tempFolder();
    const other = await tempFolder();
    const handlers = createHandlers({
      appVersion: 'test',
      platform: process.platform,
      host: 'test',
      chooseSavePath: async () => null,
      openPath: async () => undefined,
      showItemInFolder: async () => undefined,
      printFile: async () => undefined,
      chooseFolder: async () => chosen,
      chooseBackupSavePath: async () => null,
      chosenFolders: new ChosenFolders(null),
    });
    await handlers.chooseBackupFolder({});
    const bytes = fakeCopy(3);
    expect(await dispatch(handlers, 'publishCopy', { folder: chosen, bytes, sha256: sha(bytes) })).toMatchObject({ ok: true, fileName: PUBLISHED_COPY_NAME });
    expect(await dispatch(handlers, 'publishCopy', { folder: other, bytes, sha256: sha(bytes) })).toEqual({ ok: false, code: 'invalid-path' });
    expect(await dispatch(handlers, 'readPublishedCopy', { folder: other })).toEqual({ ok: false, code: 'invalid-path' });
    expect(await dispatch(handlers, 'readPublishedCopy', { folder: chosen })).toMatchObject({ ok: true, found: true });
    await expect(dispatch(handlers, 'publishCopy', { folder: chosen, bytes: new Uint8Array(200), sha256: sha(bytes) })).rejects.toThrow(/not a published copy/);
  });
});
