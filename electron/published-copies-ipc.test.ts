import { describe, expect, it } from 'vitest';
import { fakeCopy, sha, useTempFolders } from './services/published-copies.fixtures';
import { dispatch } from './contract';
import { createHandlers } from './handlers';
import { ChosenFolders } from './services/chosen-folders';
import { PUBLISHED_COPY_NAME } from './services/published-copies';

const tempFolder = useTempFolders('bcp-copy-ipc-');

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
