import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, verifyAuditChain } from '../domain/audit/audit-chain';
import type { AuditEntry } from '../domain/audit/audit-entry';
import { decodeBackup } from '../domain/workbook-backup/backup-file';
import { ALL_TABLES } from './workbook-backup';
import { Repository } from './repository';
import { freshDatabase } from './testing';

const writer = { actor: '山田' };

async function trailOf(count: number) {
  const db = await freshDatabase();
  const contacts = new Repository(db, 'contacts');
  for (let i = 0; i < count; i++) await contacts.save({ id: `c${i}`, name: `連絡先${i}` } as never, writer);
  return db;
}

describe('hash-chained audit trail', () => {
  it('chains every row to the one before, starting from the genesis', async () => {
    const db = await trailOf(3);
    const rows = await db.auditLog.orderBy('seq').toArray();
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(await verifyAuditChain(rows)).toEqual({ ok: true, checked: 3 });
  });

  it('finds the row where an edit, a deletion or an insertion breaks the chain', async () => {
    const db = await trailOf(6);
    const rows = await db.auditLog.orderBy('seq').toArray();
    const edited = rows.map((r) => (r.seq === 3 ? { ...r, actor: '別人' } : r));
    expect((await verifyAuditChain(edited)).breakAt).toMatchObject({ seq: 3, reason: 'hash-mismatch' });
    const deleted = rows.filter((r) => r.seq !== 4);
    expect((await verifyAuditChain(deleted)).breakAt).toMatchObject({ seq: 5, reason: 'prev-mismatch' });
    const unhashed = rows.map((r) => (r.seq === 2 ? { ...r, hash: undefined } : r));
    expect((await verifyAuditChain(unhashed)).breakAt).toMatchObject({ seq: 2, reason: 'missing-hash' });
    const reordered = [rows[1]!, rows[0]!, ...rows.slice(2)];
    expect((await verifyAuditChain(reordered)).breakAt).toMatchObject({ index: 0, reason: 'prev-mismatch' });
  });

  it('verifies a trail stored by an earlier version (the v1 fixture) exactly as it was written', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(import.meta.dirname, 'fixtures/v1.bcpbak')));
    const rows = (await decodeBackup(bytes, { knownTables: ALL_TABLES, maxSchemaVersion: 1 })).tables.auditLog as unknown as AuditEntry[];
    // Hashes written by the earlier, hand-written SHA-256 (the fixture was regenerated with it, before @noble/hashes
    // came in): the chain must verify without being recomputed.
    expect(rows).toHaveLength(74);
    expect(rows.at(-1)!.hash).toBe('b96be0fc7eb5116fd3018a00d5ab39302e035be334d9b7efe455f3d279a461d1');
    expect(await verifyAuditChain(rows)).toEqual({ ok: true, checked: 74 });
  });

  it('verifies 10,000 rows in chunks with progress', async () => {
    const db = await freshDatabase();
    await new Repository(db, 'contacts').saveMany(
      Array.from({ length: 10_000 }, (_, i) => ({ id: `c${i}`, name: `連絡先${i}` }) as never),
      writer,
    );
    const rows = await db.auditLog.orderBy('seq').toArray();
    const progress: number[] = [];
    const verdict = await verifyAuditChain(rows, { chunkSize: 1000, onProgress: (done) => progress.push(done) });
    expect(verdict.ok).toBe(true);
    expect(progress).toEqual([1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000]);
  });
});
