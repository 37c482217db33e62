/**
 * Writing PDFs the user asked to save, and remembering them for this session. The renderer only ever holds
 * an opaque id; open/print/reveal look the path up here, so a compromised renderer cannot make the host
 * open, print or reveal an arbitrary file.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { HostError } from './host-errors';

/** Only absolute paths ending in .pdf: the dialog gives absolute paths, and anything else is not ours to write. */
/** A user who types 「連絡先一覧」 in the save dialog means 「連絡先一覧.pdf」: add the extension rather than refuse. */
export function withPdfExtension(filePath: string): string {
  return path.extname(filePath).toLowerCase() === '.pdf' ? filePath : `${filePath}.pdf`;
}

export function assertPdfPath(filePath: string): void {
  if (!path.isAbsolute(filePath) || path.extname(filePath).toLowerCase() !== '.pdf' || filePath.includes('\u0000')) {
    throw new HostError('invalid-path');
  }
}

/**
 * Write bytes so that the target is either the old file or the complete new one, never a torn PDF: temp
 * file in the same folder (rename is only atomic within one filesystem), fsync, then rename over the target.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const folder = path.dirname(target);
  const temp = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let renamed = false;
  try {
    // 'wx': never follow or reuse an existing file at the temp name.
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    renamed = true;
    await syncFolder(folder);
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
}

/** Make the rename itself durable. Windows cannot open a folder for fsync, and NTFS journals the rename anyway. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some filesystems (network shares, FAT on USB sticks) refuse fsync on folders; the file itself is synced.
  }
}

/** 18 random bytes → 24 base64url characters, within the contract's /^[A-Za-z0-9_-]{16,64}$/. */
export function newFileId(): string {
  return randomBytes(18).toString('base64url');
}

/** The files saved in this session, by opaque id. In memory only: ids die with the process, by design. */
export class SavedFiles {
  readonly #paths = new Map<string, string>();

  /** Write a PDF atomically and remember it. Throws HostError (invalid-path) or the fs error. */
  async savePdf(target: string, bytes: Uint8Array): Promise<{ fileId: string; fileName: string }> {
    assertPdfPath(target);
    await writeFileAtomic(target, bytes);
    const fileId = newFileId();
    this.#paths.set(fileId, target);
    return { fileId, fileName: path.basename(target) };
  }

  /** The path of a file saved in this session that still exists; HostError otherwise. */
  async existingPath(fileId: string): Promise<string> {
    const filePath = this.#paths.get(fileId);
    if (filePath === undefined) throw new HostError('unknown-file');
    // A stat failure (ENOENT after the user moved the file, EACCES...) propagates and is mapped to a code by the caller.
    const info = await stat(filePath);
    // Something else now sits at the path (e.g. a folder): not the file we saved.
    if (!info.isFile()) throw new HostError('not-found');
    return filePath;
  }

  get size(): number {
    return this.#paths.size;
  }
}
