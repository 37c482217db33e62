import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupFileError, encodeBackup } from '../domain/workbook-backup/backup-file';
import { verifyAuditChain } from '../domain/audit/audit-chain';
import { exportAndVerifyWorkbook, readBackupFile, restoreWorkbook, snapshotWorkbook } from './workbook-backup';
import { ReadOnlyError, setReadOnly } from './read-only';
import { Repository } from './repository';
import { readSettings, writeSetting } from './settings';
import { freshDatabase } from './testing';
import { ALL_TABLES } from './workbook-backup';
import type { BcpDatabase } from './database';

const writer = { actor: '山田 花子' };

/** A workbook with rows in every table, including pending aggregates stored as opaque records. */
async function filledWorkbook(): Promise<BcpDatabase> {
  const db = await freshDatabase();
  await new Repository(db, 'facility').save({ id: 'facility', name: 'さくら病院', address: '', departments: ['外来'], wards: ['3東'], fiscalYearStartMonth: 4, confidentialityLabel: '取扱注意' } as never, writer);
  for (const table of ALL_TABLES) {
    if (table === 'facility' || table === 'auditLog' || table === 'settings') continue;
    await new Repository(db, table).saveMany(
      [1, 2].map((n) => ({ id: `${table}-${n}`, name: `${table} ${n}`, note: '日本語テキスト ①', nested: { list: [n, 'x'] } }) as never),
      writer,
    );
  }
  await writeSetting(db, 'contactReviewDays', 90, writer);
  return db;
}

async function dump(db: BcpDatabase): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(ALL_TABLES.map(async (t) => [t, await db.table(t).toArray()] as const)));
}

describe('backup export and restore', () => {
  it('round-trips every table exactly (plain and encrypted)', async () => {
    const source = await filledWorkbook();
    const before = await dump(source);
    for (const passphrase of [undefined, '正しいパスフレーズ123']) {
      const exported = await exportAndVerifyWorkbook(source, { appVersion: '0.1.0', purpose: 'manual', passphrase });
      expect(exported.sha256).toMatch(/^[0-9a-f]{64}$/);
      const target = await freshDatabase();
      await restoreWorkbook(target, await readBackupFile(exported.bytes, passphrase), { actor: '鈴木', mode: { kind: 'restore' } });
      const after = await dump(target);
      for (const table of ALL_TABLES) {
        if (table === 'auditLog') {
          // The restored trail plus one row recording the restore, and the chain still holds.
          expect(after.auditLog!.slice(0, -1)).toEqual(before.auditLog);
          expect(after.auditLog!.at(-1)).toMatchObject({ action: 'restore', actor: '鈴木' });
          expect((await verifyAuditChain(after.auditLog as never)).ok).toBe(true);
        } else if (table === 'settings') {
          expect((await readSettings(target)).contactReviewDays).toBe(90);
        } else {
          expect(after[table], table).toEqual(before[table]);
        }
      }
    }
  });

  it('manifest counts every table', async () => {
    const db = await filledWorkbook();
    const { manifest } = await exportAndVerifyWorkbook(db, { appVersion: '0.1.0', purpose: 'automatic' });
    expect(manifest.facilityName).toBe('さくら病院');
    expect(manifest.counts.contacts).toBe(2);
    expect(manifest.counts.auditLog).toBeGreaterThan(10);
  });

  it('keeps this PC’s own settings and marks a distributed copy', async () => {
    const source = await filledWorkbook();
    await writeSetting(source, 'backupFolders', ['/media/source-usb'], writer);
    const { bytes, manifest } = await exportAndVerifyWorkbook(source, { appVersion: '0.1.0', purpose: 'manual' });
    const target = await freshDatabase();
    await writeSetting(target, 'backupFolders', ['/home/target'], writer);
    await restoreWorkbook(target, await readBackupFile(bytes), { actor: '鈴木', mode: { kind: 'distributed-copy', importedAt: new Date() } });
    const settings = await readSettings(target);
    expect(settings.backupFolders).toEqual(['/home/target']);
    expect(settings.distributedCopy).toMatchObject({ sourceFacility: 'さくら病院', asOf: manifest.createdAt });
  });

  it('replaces nothing while the edit lock is closed; a newer distributed copy may replace a copy', async () => {
    const source = await filledWorkbook();
    const content = await readBackupFile((await exportAndVerifyWorkbook(source, { appVersion: '0.1.0', purpose: 'manual' })).bytes);
    const target = await freshDatabase();
    await new Repository(target, 'contacts').save({ id: 'mine', name: '残るべき連絡先' } as never, writer);
    const before = await dump(target);
    try {
      setReadOnly(target, 'locked');
      for (const mode of [{ kind: 'restore' }, { kind: 'distributed-copy', importedAt: new Date() }] as const) {
        await expect(restoreWorkbook(target, content, { actor: '鈴木', mode })).rejects.toBeInstanceOf(ReadOnlyError);
      }
      expect(await dump(target)).toEqual(before);

      setReadOnly(target, 'distributed-copy');
      await expect(restoreWorkbook(target, content, { actor: '鈴木', mode: { kind: 'restore' } })).rejects.toBeInstanceOf(ReadOnlyError);
      await restoreWorkbook(target, content, { actor: '鈴木', mode: { kind: 'distributed-copy', importedAt: new Date() } });
      expect(await target.contacts.get('mine')).toBeUndefined();
    } finally {
      setReadOnly(target, null);
    }
  });

  it('refuses a backup from a newer schema with its own code', async () => {
    const db = await filledWorkbook();
    const content = await snapshotWorkbook(db, { appVersion: '9', purpose: 'manual' });
    const bytes = await encodeBackup({ ...content, manifest: { ...content.manifest, schemaVersion: 99 } });
    await expect(readBackupFile(bytes)).rejects.toMatchObject({ code: 'newer-schema' });
  });

  it('refuses rows without their key (duplicate ids) before touching the database', async () => {
    const db = await filledWorkbook();
    const content = await snapshotWorkbook(db, { appVersion: '1', purpose: 'manual' });
    const contacts = content.tables.contacts!;
    const bad = { ...content, tables: { ...content.tables, contacts: [...contacts, contacts[0]!] } };
    bad.manifest = { ...bad.manifest, counts: { ...bad.manifest.counts, contacts: contacts.length + 1 } };
    await expect(readBackupFile(await encodeBackup(bad))).rejects.toMatchObject({ code: 'invalid-content' });
  });

  it('rejects ≥1,000 corrupt, truncated, extended and tampered files, and the data stays unchanged', async () => {
    const source = await filledWorkbook();
    const { bytes } = await exportAndVerifyWorkbook(source, { appVersion: '0.1.0', purpose: 'manual' });
    const target = await filledWorkbook();
    const before = await dump(target);
    const damage = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(bytes.length - 1), xor: fc.integer({ min: 1, max: 255 }) }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(bytes.length - 1) }),
      fc.record({ kind: fc.constant('append' as const), extra: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
      fc.record({ kind: fc.constant('splice' as const), at: fc.nat(bytes.length - 1), junk: fc.uint8Array({ minLength: 1, maxLength: 32 }) }),
      fc.record({ kind: fc.constant('random' as const), junk: fc.uint8Array({ minLength: 0, maxLength: 200 }) }),
    );
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(damage, async (d) => {
        let broken: Uint8Array;
        if (d.kind === 'flip') {
          broken = bytes.slice();
          broken[d.at] = broken[d.at]! ^ d.xor;
        } else if (d.kind === 'truncate') broken = bytes.slice(0, d.at);
        else if (d.kind === 'append') broken = new Uint8Array([...bytes, ...d.extra]);
        else if (d.kind === 'splice') broken = new Uint8Array([...bytes.slice(0, d.at), ...d.junk, ...bytes.slice(d.at + d.junk.length)]);
        else broken = d.junk;
        if (broken.length === bytes.length && broken.every((b, i) => b === bytes[i])) return; // the junk happened to equal the file
        const error = await readBackupFile(broken).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(BackupFileError);
        rejected++;
      }),
      { numRuns: 1200 },
    );
    expect(rejected).toBeGreaterThanOrEqual(1000);
    expect(await dump(target)).toEqual(before);
  });

  it('an encrypted file: wrong passphrase, missing passphrase and re-checksummed tampering are refused', async () => {
    const db = await filledWorkbook();
    const { bytes } = await exportAndVerifyWorkbook(db, { appVersion: '0.1.0', purpose: 'manual', passphrase: 'correct horse' });
    await expect(readBackupFile(bytes)).rejects.toMatchObject({ code: 'passphrase-required' });
    await expect(readBackupFile(bytes, 'wrong horse')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    // Change the ciphertext and recompute the checksum: only the GCM tag can catch this.
    const forged = bytes.slice();
    forged[60] = forged[60]! ^ 1;
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', forged.slice(0, forged.length - 32)));
    forged.set(digest, forged.length - 32);
    await expect(readBackupFile(forged, 'correct horse')).rejects.toBeInstanceOf(BackupFileError);
  });

  it('names each kind of bad file', async () => {
    const db = await filledWorkbook();
    const { bytes } = await exportAndVerifyWorkbook(db, { appVersion: '0.1.0', purpose: 'manual' });
    const codeOf = (b: Uint8Array) => readBackupFile(b).then(() => 'accepted', (e: BackupFileError) => e.code);
    expect(await codeOf(new TextEncoder().encode('name,phone\n山田,090'))).toBe('foreign');
    expect(await codeOf(bytes.slice(0, bytes.length - 10))).toBe('truncated');
    const flipped = bytes.slice();
    flipped[100] = flipped[100]! ^ 0xff;
    expect(await codeOf(flipped)).toBe('corrupt');
    const newer = bytes.slice();
    newer[9] = 2;
    expect(await codeOf(newer)).toBe('unsupported-container');
  });
});
