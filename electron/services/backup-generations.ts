/**
 * Automatic backup generations in a folder the user chose (local disk, USB drive, a share).
 *
 * Division of work (the main process stays thin): the renderer builds the .bcpbak and verifies its content; here
 * the bytes are only (1) checked against the SHA-256 the renderer sent, (2) written to a temporary file in the
 * folder, flushed and renamed (writeFileAtomic), (3) read back from the disk and hashed again, and only then
 * (4) older generations beyond `keep` are removed. A failure at any step leaves the previous generations alone.
 *
 * Only files named like ours (GENERATION_NAME) are ever listed or deleted, whatever folder the renderer names.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { HostError } from './host-errors';
import { writeFileAtomic } from './saved-files';

export const GENERATION_NAME = /^bcp-\d{8}-\d{6}-\d{3}-[0-9a-f]{6}\.bcpbak$/;

/** The bytes on disk differ from the bytes the renderer built (bad media, a driver, a full FAT stick). */
export class VerifyFailedError extends Error {
  constructor() {
    super('backup read back differs from what was written');
    this.name = 'VerifyFailedError';
  }
}

export function generationFileName(now: Date): string {
  const p = (n: number, width = 2) => String(n).padStart(width, '0');
  // UTC, so names sort in time order even across a daylight-saving change or a PC with a wrong time zone.
  const stamp = `${now.getUTCFullYear()}${p(now.getUTCMonth() + 1)}${p(now.getUTCDate())}-${p(now.getUTCHours())}${p(now.getUTCMinutes())}${p(now.getUTCSeconds())}-${p(now.getUTCMilliseconds(), 3)}`;
  return `bcp-${stamp}-${randomBytes(3).toString('hex')}.bcpbak`;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The container's own rule (renderer/src/domain/safety/backup-file.ts): the last 32 bytes are SHA-256 of the rest. */
export function hasIntactTrailer(bytes: Uint8Array): boolean {
  if (bytes.length < 80) return false;
  const body = bytes.subarray(0, bytes.length - 32);
  return createHash('sha256').update(body).digest().equals(bytes.subarray(bytes.length - 32));
}

async function assertFolder(folder: string): Promise<void> {
  if (!path.isAbsolute(folder) || folder.includes('\u0000')) throw new HostError('invalid-path');
  const info = await stat(folder); // ENOENT when a USB drive was removed → not-found
  if (!info.isDirectory()) throw new HostError('not-found');
}

export interface WrittenGeneration {
  fileName: string;
  bytes: number;
  verifiedAt: string;
  removed: number;
}

export interface WriteHooks {
  /** Tests only: runs between the write and the read-back (e.g. to pull the "USB drive" away). */
  beforeVerify?(target: string): Promise<void>;
}

export async function writeGeneration(
  folder: string,
  bytes: Uint8Array,
  expectedSha256: string,
  keep: number,
  now: Date = new Date(),
  hooks: WriteHooks = {},
): Promise<WrittenGeneration> {
  if (sha256Hex(bytes) !== expectedSha256) throw new VerifyFailedError();
  await assertFolder(folder);
  const fileName = generationFileName(now);
  const target = path.join(folder, fileName);
  await writeFileAtomic(target, bytes);
  await hooks.beforeVerify?.(target);
  const readBack = await readFile(target);
  if (readBack.length !== bytes.length || sha256Hex(readBack) !== expectedSha256) {
    await unlink(target).catch(() => undefined);
    throw new VerifyFailedError();
  }
  const removed = await rotate(folder, keep, fileName);
  return { fileName, bytes: bytes.length, verifiedAt: new Date().toISOString(), removed };
}

/** Keep the newest `keep` generations (the one just verified is always kept); returns how many were removed. */
async function rotate(folder: string, keep: number, justWritten: string): Promise<number> {
  const names = (await readdir(folder)).filter((n) => GENERATION_NAME.test(n)).sort().reverse();
  const stale = names.filter((n) => n !== justWritten).slice(Math.max(0, keep - 1));
  let removed = 0;
  for (const name of stale) {
    try {
      await unlink(path.join(folder, name));
      removed++;
    } catch {
      // A generation that cannot be removed (read-only media, locked by a virus scanner) stays; the next run retries.
    }
  }
  return removed;
}

export interface ListedGeneration {
  fileName: string;
  bytes: number;
  modifiedAt: string;
  intact: boolean;
}

/** Newest first; each file is read and its trailing checksum checked. */
export async function listGenerations(folder: string): Promise<ListedGeneration[]> {
  await assertFolder(folder);
  const names = (await readdir(folder)).filter((n) => GENERATION_NAME.test(n)).sort().reverse();
  const result: ListedGeneration[] = [];
  for (const fileName of names) {
    const filePath = path.join(folder, fileName);
    try {
      const [info, bytes] = await Promise.all([stat(filePath), readFile(filePath)]);
      result.push({ fileName, bytes: info.size, modifiedAt: info.mtime.toISOString(), intact: hasIntactTrailer(bytes) });
    } catch {
      result.push({ fileName, bytes: 0, modifiedAt: '', intact: false });
    }
  }
  return result;
}
