/**
 * Automatic backup generations in a folder the user chose (local disk, USB drive, a share).
 *
 * Division of work (the main process stays thin): the renderer builds the .bcpbak and verifies its content; here
 * the bytes are only (1) checked against the SHA-256 the renderer sent, (2) written to a temporary file in the
 * folder, flushed and renamed (writeFileAtomic), (3) read back from the disk and compared, and only then
 * (4) older generations beyond `keep` are removed. A failure at any step leaves the previous generations alone.
 *
 * Only files named like ours (GENERATION_NAME) are ever listed or deleted, whatever folder the renderer names.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { folderKey } from './chosen-folders';
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

/** The container's own rule (renderer/src/domain/workbook-backup/backup-file.ts): the last 32 bytes are SHA-256 of the rest. */
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

/**
 * Write atomically, then read the file back from the disk and compare: a bad USB stick or a full FAT drive must be
 * reported as a failure, not as a saved backup. A file that does not read back is removed.
 */
export async function writeVerifiedFile(target: string, bytes: Uint8Array, hooks: WriteHooks = {}): Promise<void> {
  await writeFileAtomic(target, bytes);
  await hooks.beforeVerify?.(target);
  // Compared byte for byte with what was meant to be written: no need to hash either side.
  if (!(await readFile(target)).equals(bytes)) {
    await unlink(target).catch(() => undefined);
    throw new VerifyFailedError();
  }
}

export interface WriteHooks {
  /** Tests only: runs between the write and the read-back (e.g. to pull the "USB drive" away). */
  beforeVerify?(target: string): Promise<void>;
}

// One write at a time per folder: two runs at once (the backup before a restore and a scheduled one) would each
// rotate the other's new file away, leaving the folder with nothing while both report success.
const folderQueues = new Map<string, Promise<unknown>>();

function inFolderQueue<T>(folder: string, work: () => Promise<T>): Promise<T> {
  const key = folderKey(folder);
  const run = (folderQueues.get(key) ?? Promise.resolve()).then(work, work);
  const settled = run.catch(() => undefined);
  folderQueues.set(key, settled);
  void settled.then(() => {
    if (folderQueues.get(key) === settled) folderQueues.delete(key);
  });
  return run;
}

export function writeGeneration(
  folder: string,
  bytes: Uint8Array,
  expectedSha256: string,
  keep: number,
  now: Date = new Date(),
  hooks: WriteHooks = {},
): Promise<WrittenGeneration> {
  return inFolderQueue(folder, () => writeGenerationNow(folder, bytes, expectedSha256, keep, now, hooks));
}

async function writeGenerationNow(
  folder: string,
  bytes: Uint8Array,
  expectedSha256: string,
  keep: number,
  now: Date,
  hooks: WriteHooks,
): Promise<WrittenGeneration> {
  if (sha256Hex(bytes) !== expectedSha256) throw new VerifyFailedError();
  await assertFolder(folder);
  const fileName = generationFileName(now);
  await writeVerifiedFile(path.join(folder, fileName), bytes, hooks);
  const removed = await rotate(folder, keep, fileName);
  return { fileName, bytes: bytes.length, verifiedAt: new Date().toISOString(), removed };
}

/**
 * Keep the newest `keep` generations (the one just verified is always kept); returns how many were removed.
 * Names carry the PC's clock, which can be wrong: a file named later than the one just written (the clock was ahead
 * then, or has since fallen back to 2000 with a flat CMOS battery) may be the real newest data, so it is neither
 * counted nor removed. Otherwise such files would hold the kept slots and each run would delete the one before it.
 */
async function rotate(folder: string, keep: number, justWritten: string): Promise<number> {
  const names = (await readdir(folder)).filter((n) => GENERATION_NAME.test(n)).sort().reverse();
  const stale = names.filter((n) => n < justWritten).slice(Math.max(0, keep - 1));
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
