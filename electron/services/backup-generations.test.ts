import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hostErrorCodeOf } from './host-errors';
import { GENERATION_NAME, listGenerations, VerifyFailedError, writeGeneration, writeVerifiedFile } from './backup-generations';

/** A minimal well-formed container: magic, zeros, and the trailing SHA-256 of everything before it. */
function fakeBackup(seed: number): Uint8Array {
  const body = new Uint8Array(100).fill(seed);
  body.set([0x42, 0x43, 0x50, 0x42, 0x41, 0x4b, 0x0d, 0x0a]);
  const digest = createHash('sha256').update(body).digest();
  return new Uint8Array([...body, ...digest]);
}
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const folders: string[] = [];
async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'bcp-gen-'));
  folders.push(folder);
  return folder;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});

describe('backup generations', () => {
  it('writes, verifies by reading back and keeps only the newest N', async () => {
    const folder = await tempFolder();
    await writeFile(path.join(folder, 'someone-elses-file.bcpbak'), 'not ours');
    const written: string[] = [];
    for (let i = 0; i < 13; i++) {
      const bytes = fakeBackup(i);
      const result = await writeGeneration(folder, bytes, sha(bytes), 10, new Date(Date.UTC(2025, 0, 1, 0, 0, i)));
      written.push(result.fileName);
      expect(result.bytes).toBe(bytes.length);
      expect(await readFile(path.join(folder, result.fileName))).toEqual(Buffer.from(bytes));
    }
    const names = (await readdir(folder)).sort();
    expect(names.filter((n) => GENERATION_NAME.test(n))).toEqual(written.slice(3).sort());
    expect(names).toContain('someone-elses-file.bcpbak'); // never touches files that are not ours
    expect(names.some((n) => n.endsWith('.tmp'))).toBe(false);
    const listed = await listGenerations(folder);
    expect(listed).toHaveLength(10);
    expect(listed[0]!.fileName).toBe(written[12]);
    expect(listed.every((g) => g.intact)).toBe(true);
  });

  it('lists a damaged generation as not intact', async () => {
    const folder = await tempFolder();
    const bytes = fakeBackup(1);
    const { fileName } = await writeGeneration(folder, bytes, sha(bytes), 10);
    const damaged = Buffer.from(bytes);
    damaged[50] = 0xff;
    await writeFile(path.join(folder, fileName), damaged);
    expect((await listGenerations(folder))[0]).toMatchObject({ fileName, intact: false });
  });

  it('refuses bytes that do not match the checksum the renderer sent, writing nothing', async () => {
    const folder = await tempFolder();
    const bytes = fakeBackup(1);
    await expect(writeGeneration(folder, bytes, sha(fakeBackup(2)), 10)).rejects.toBeInstanceOf(VerifyFailedError);
    expect(await readdir(folder)).toEqual([]);
  });

  it('a missing folder (USB drive removed) fails with not-found', async () => {
    const folder = path.join(await tempFolder(), 'removed-usb');
    const bytes = fakeBackup(1);
    const error = await writeGeneration(folder, bytes, sha(bytes), 10).catch((e: unknown) => e);
    expect(hostErrorCodeOf(error)).toBe('not-found');
    expect(hostErrorCodeOf(await listGenerations(folder).catch((e: unknown) => e))).toBe('not-found');
  });

  it('a folder that disappears mid-write fails (never reported as verified) and keeps old generations elsewhere', async () => {
    const parent = await tempFolder();
    const folder = path.join(parent, 'usb');
    await mkdir(folder);
    const first = fakeBackup(1);
    await writeGeneration(folder, first, sha(first), 10);
    const bytes = fakeBackup(2);
    const error = await writeGeneration(folder, bytes, sha(bytes), 10, new Date(), {
      beforeVerify: () => rm(folder, { recursive: true, force: true }),
    }).catch((e: unknown) => e);
    expect(hostErrorCodeOf(error)).toBe('not-found');
  });

  it('a file changed between write and read-back fails verification and is removed, old generations kept', async () => {
    const folder = await tempFolder();
    const first = fakeBackup(1);
    const kept = await writeGeneration(folder, first, sha(first), 10);
    const bytes = fakeBackup(2);
    const error = await writeGeneration(folder, bytes, sha(bytes), 1, new Date(), {
      beforeVerify: (target) => writeFile(target, Buffer.from(fakeBackup(3))),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VerifyFailedError);
    expect(await readdir(folder)).toEqual([kept.fileName]);
  });

  it('two runs into one folder at once (pre-restore and scheduled) never leave it empty', async () => {
    const folder = await tempFolder();
    const [a, b] = [fakeBackup(1), fakeBackup(2)];
    const results = await Promise.all([
      writeGeneration(folder, a, sha(a), 1, new Date(Date.UTC(2026, 10, 22, 1, 0, 0))),
      writeGeneration(folder, b, sha(b), 1, new Date(Date.UTC(2026, 10, 22, 1, 0, 1))),
    ]);
    // Run in turn, the second run rotates the first away; the folder is never left empty.
    expect(await readdir(folder)).toEqual([results[1].fileName]);
  });

  it('a wrong clock never makes rotation delete the newest real backups', async () => {
    const folder = await tempFolder();
    const future = [fakeBackup(1), fakeBackup(2)];
    const futureNames: string[] = [];
    for (const [i, bytes] of future.entries()) {
      futureNames.push((await writeGeneration(folder, bytes, sha(bytes), 3, new Date(Date.UTC(2031, 0, 1, 0, 0, i)))).fileName);
    }
    // Back to the right time: each daily run keeps its predecessors up to `keep`, not just itself.
    const daily: string[] = [];
    for (let day = 1; day <= 4; day++) {
      const bytes = fakeBackup(10 + day);
      daily.push((await writeGeneration(folder, bytes, sha(bytes), 3, new Date(Date.UTC(2026, 10, day)))).fileName);
    }
    expect((await readdir(folder)).sort()).toEqual([...daily.slice(1), ...futureNames].sort());

    // The clock falls back to 2000 (flat CMOS battery): the 2026 and 2031 files, later by name, are all kept.
    const bytes = fakeBackup(99);
    const early = await writeGeneration(folder, bytes, sha(bytes), 3, new Date(Date.UTC(2000, 0, 1)));
    expect((await readdir(folder)).sort()).toEqual([early.fileName, ...daily.slice(1), ...futureNames].sort());
  });

  it('a saved file that does not read back the same is reported as failed and removed', async () => {
    const folder = await tempFolder();
    const target = path.join(folder, 'manual.bcpbak');
    const error = await writeVerifiedFile(target, fakeBackup(1), { beforeVerify: (t) => writeFile(t, 'truncated') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VerifyFailedError);
    expect(await readdir(folder)).toEqual([]);
  });
});
