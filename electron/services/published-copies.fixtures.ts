import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/** Test fixtures shared by the published-copy service tests and the bridge tests that reach it. */

/** Enough of a copy for the host, which checks only the magic and the sender's hash (the renderer checks the rest). */
export function fakeCopy(seed: number): Uint8Array {
  const bytes = new Uint8Array(200).fill(seed);
  bytes.set([0x42, 0x43, 0x50, 0x43, 0x4f, 0x50, 0x59, 0x0a]);
  return bytes;
}

export const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A `tempFolder()` for each test, every folder removed after the test that made it. */
export function useTempFolders(prefix: string): () => Promise<string> {
  const folders: string[] = [];
  afterEach(async () => {
    await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  });
  return async () => {
    const folder = await mkdtemp(path.join(tmpdir(), prefix));
    folders.push(folder);
    return folder;
  };
}
