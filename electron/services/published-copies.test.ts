import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeCopy, sha, useTempFolders } from './published-copies.fixtures';
import { hostErrorCodeOf } from './host-errors';
import { PUBLISHED_COPY_NAME, publishCopy, readPublishedCopy } from './published-copies';
import { VerifyFailedError } from './backup-generations';

const tempFolder = useTempFolders('bcp-copy-');

describe('published copies in a folder', () => {
  it('replaces the copy in place, leaving no temporary file', async () => {
    const folder = await tempFolder();
    const first = fakeCopy(1);
    const second = fakeCopy(2);
    await publishCopy(folder, first, sha(first));
    await publishCopy(folder, second, sha(second));
    expect(await readdir(folder)).toEqual([PUBLISHED_COPY_NAME]);
    const read = await readPublishedCopy(folder, 1_000_000);
    expect(read.found && Buffer.from(read.bytes).equals(Buffer.from(second))).toBe(true);
  });

  it('keeps the previous copy whole when the drive is pulled mid-write, or the bytes do not read back', async () => {
    const folder = await tempFolder();
    const good = fakeCopy(1);
    await publishCopy(folder, good, sha(good));
    const next = fakeCopy(2);
    // The temporary file vanishes (USB pulled) between the write and the read-back.
    const pulled = publishCopy(folder, next, sha(next), { beforeVerify: (temp) => rm(temp) });
    expect(hostErrorCodeOf(await pulled.catch((e: unknown) => e))).toBe('not-found');
    // The bytes on the medium differ from what was written (a failing stick).
    const corrupted = publishCopy(folder, next, sha(next), { beforeVerify: (temp) => writeFile(temp, fakeCopy(9)) });
    await expect(corrupted).rejects.toBeInstanceOf(VerifyFailedError);
    expect(await readFile(path.join(folder, PUBLISHED_COPY_NAME))).toEqual(Buffer.from(good));
    expect(await readdir(folder)).toEqual([PUBLISHED_COPY_NAME]);
  });

  it('refuses bytes that differ from the hash the renderer sent, and a folder that is gone', async () => {
    const folder = await tempFolder();
    const bytes = fakeCopy(1);
    await expect(publishCopy(folder, bytes, sha(fakeCopy(2)))).rejects.toBeInstanceOf(VerifyFailedError);
    expect(hostErrorCodeOf(await publishCopy(path.join(folder, 'gone'), bytes, sha(bytes)).catch((e: unknown) => e))).toBe('not-found');
    expect(await readPublishedCopy(folder, 1_000_000)).toEqual({ found: false });
  });
});
