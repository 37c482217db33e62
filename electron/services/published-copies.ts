/**
 * Published copies (配布用コピー, .bcpcopy) in folders the user chose: a shared folder or a USB drive that reader PCs
 * watch. The renderer builds, signs and verifies the copy; here the bytes are only (1) checked against the SHA-256
 * the renderer sent, (2) written to a temporary name in the folder, flushed, (3) read back from the disk and compared,
 * and only then (4) renamed over the previous copy. A drive pulled or a share lost at any step leaves the previous
 * copy whole, and a reader reading at the same moment sees either the old file or the new one, never half of one.
 *
 * Only the one file name below is ever written or read, whatever folder the renderer names.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { sha256Hex, VerifyFailedError } from './backup-generations';
import { HostError } from './host-errors';

export const PUBLISHED_COPY_NAME = 'bcp-workbook.bcpcopy';

export interface PublishedCopyWritten {
  fileName: string;
  bytes: number;
  verifiedAt: string;
}

export interface PublishHooks {
  /** Tests only: runs after the temporary file is written, before it is read back (e.g. to pull the "USB drive"). */
  beforeVerify?(tempPath: string): Promise<void>;
}

async function assertFolder(folder: string): Promise<void> {
  if (!path.isAbsolute(folder) || folder.includes('\u0000')) throw new HostError('invalid-path');
  const info = await stat(folder); // ENOENT when the drive was removed → not-found
  if (!info.isDirectory()) throw new HostError('not-found');
}

async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return; // Windows cannot fsync a folder; NTFS journals the rename
  const handle = await open(folder, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

export async function publishCopy(folder: string, bytes: Uint8Array, expectedSha256: string, hooks: PublishHooks = {}): Promise<PublishedCopyWritten> {
  if (sha256Hex(bytes) !== expectedSha256) throw new VerifyFailedError();
  await assertFolder(folder);
  const target = path.join(folder, PUBLISHED_COPY_NAME);
  const temp = path.join(folder, `.${PUBLISHED_COPY_NAME}.${randomBytes(6).toString('hex')}.tmp`);
  let renamed = false;
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await hooks.beforeVerify?.(temp);
    // Read back before the rename: a copy that does not read back never replaces the good one.
    if (!(await readFile(temp)).equals(bytes)) throw new VerifyFailedError();
    await rename(temp, target);
    renamed = true;
    await syncFolder(folder);
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
  return { fileName: PUBLISHED_COPY_NAME, bytes: bytes.length, verifiedAt: new Date().toISOString() };
}

export type PublishedCopyRead = { found: false } | { found: true; bytes: Uint8Array<ArrayBuffer>; modifiedAt: string };

/** The folder's copy as it is on disk; the renderer checks its signature and hash against the paired key. */
export async function readPublishedCopy(folder: string, maxBytes: number): Promise<PublishedCopyRead> {
  await assertFolder(folder);
  const target = path.join(folder, PUBLISHED_COPY_NAME);
  let info;
  try {
    info = await stat(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { found: false };
    throw error;
  }
  if (!info.isFile() || info.size > maxBytes) throw new HostError('unknown');
  // A copy of its own: Node's pooled buffers may share one ArrayBuffer.
  const bytes = new Uint8Array(await readFile(target));
  return { found: true, bytes, modifiedAt: info.mtime.toISOString() };
}
