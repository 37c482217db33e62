import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HostError, hostErrorCodeOf } from './host-errors';
import { SavedFiles, assertPdfPath, newFileId, withPdfExtension, writeFileAtomic } from './saved-files';

const PDF = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bcp-saved-'));
});

afterEach(async () => {
  await chmod(dir, 0o700).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return hostErrorCodeOf(error);
  }
  throw new Error('expected a rejection');
}

describe('newFileId', () => {
  it('matches the contract id format and does not repeat', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newFileId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
  });
});

describe('assertPdfPath', () => {
  it('accepts absolute .pdf paths in any case', () => {
    expect(() => assertPdfPath(path.join(dir, '連絡網.pdf'))).not.toThrow();
    expect(() => assertPdfPath(path.join(dir, 'LIST.PDF'))).not.toThrow();
  });

  it.each(['relative.pdf', 'document.txt', 'no-extension', 'pdf', 'x.pdf.exe'])('refuses %s', (name) => {
    const target = name === 'relative.pdf' ? name : path.join(os.tmpdir(), name);
    expect(() => assertPdfPath(target)).toThrow(HostError);
  });
});

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temp file', async () => {
    const target = path.join(dir, 'out.pdf');
    await writeFileAtomic(target, PDF);
    expect(new Uint8Array(await readFile(target))).toEqual(PDF);
    expect(await readdir(dir)).toEqual(['out.pdf']);
  });

  it('replaces an existing file', async () => {
    const target = path.join(dir, 'out.pdf');
    await writeFile(target, 'old contents');
    await writeFileAtomic(target, PDF);
    expect(new Uint8Array(await readFile(target))).toEqual(PDF);
    expect(await readdir(dir)).toEqual(['out.pdf']);
  });

  it('fails with not-found when the folder does not exist', async () => {
    const target = path.join(dir, 'missing-folder', 'out.pdf');
    expect(await codeOf(writeFileAtomic(target, PDF))).toBe('not-found');
  });

  it('leaves the old file intact and no temp file when the rename fails', async () => {
    // A folder at the target path makes the rename fail after the temp file was written.
    const target = path.join(dir, 'taken.pdf');
    await mkdir(target);
    await expect(writeFileAtomic(target, PDF)).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken.pdf']);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'fails with no-permission in a read-only folder',
    async () => {
      await chmod(dir, 0o500);
      expect(await codeOf(writeFileAtomic(path.join(dir, 'out.pdf'), PDF))).toBe('no-permission');
    },
  );
});

describe('SavedFiles', () => {
  it('saves, then finds the file by its id', async () => {
    const files = new SavedFiles();
    const target = path.join(dir, '連絡網 2025.pdf');
    const { fileId, fileName } = await files.savePdf(target, PDF);
    expect(fileName).toBe('連絡網 2025.pdf');
    expect(fileId).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(await files.existingPath(fileId)).toBe(target);
    expect(files.size).toBe(1);
  });

  it('refuses a path not ending in .pdf without writing anything', async () => {
    const files = new SavedFiles();
    expect(await codeOf(files.savePdf(path.join(dir, 'evil.bat'), PDF))).toBe('invalid-path');
    expect(await readdir(dir)).toEqual([]);
    expect(files.size).toBe(0);
  });

  it('does not remember a file whose write failed', async () => {
    const files = new SavedFiles();
    expect(await codeOf(files.savePdf(path.join(dir, 'nope', 'x.pdf'), PDF))).toBe('not-found');
    expect(files.size).toBe(0);
  });

  it('answers unknown-file for ids it never handed out', async () => {
    const files = new SavedFiles();
    await files.savePdf(path.join(dir, 'a.pdf'), PDF);
    expect(await codeOf(files.existingPath('AAAAAAAAAAAAAAAAAAAAAAAA'))).toBe('unknown-file');
    // Ids are per registry: another session's ids mean nothing here.
    const other = new SavedFiles();
    const { fileId } = await other.savePdf(path.join(dir, 'b.pdf'), PDF);
    expect(await codeOf(files.existingPath(fileId))).toBe('unknown-file');
  });

  it('answers not-found when the saved file was deleted or replaced by a folder', async () => {
    const files = new SavedFiles();
    const target = path.join(dir, 'gone.pdf');
    const { fileId } = await files.savePdf(target, PDF);
    await rm(target);
    expect(await codeOf(files.existingPath(fileId))).toBe('not-found');
    await mkdir(target);
    expect(await codeOf(files.existingPath(fileId))).toBe('not-found');
  });
});

describe('hostErrorCodeOf', () => {
  const errno = (code: string) => Object.assign(new Error(code), { code });

  it.each([
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
    ['ENOENT', 'not-found'],
    ['ENOTDIR', 'not-found'],
    ['EACCES', 'no-permission'],
    ['EPERM', 'no-permission'],
    ['EROFS', 'no-permission'],
    ['EBUSY', 'file-busy'],
    ['EIO', 'unknown'],
  ])('%s → %s', (code, expected) => {
    expect(hostErrorCodeOf(errno(code))).toBe(expected);
  });

  it('keeps HostError codes and maps anything else to unknown', () => {
    expect(hostErrorCodeOf(new HostError('unknown-file'))).toBe('unknown-file');
    expect(hostErrorCodeOf('string')).toBe('unknown');
    expect(hostErrorCodeOf(new Error('plain'))).toBe('unknown');
  });
});

describe('withPdfExtension', () => {
  it('adds .pdf when the user typed a bare name in the save dialog, and leaves .pdf/.PDF alone', () => {
    expect(withPdfExtension('/home/u/連絡先一覧')).toBe('/home/u/連絡先一覧.pdf');
    expect(withPdfExtension('/home/u/a.PDF')).toBe('/home/u/a.PDF');
    expect(withPdfExtension('/home/u/a.v2')).toBe('/home/u/a.v2.pdf');
  });
});
