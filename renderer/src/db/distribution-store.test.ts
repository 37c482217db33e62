import { describe, expect, it } from 'vitest';
import { CopyRefusedError } from '../domain/distribution/published-copy';
import { buildPublishedCopy, publisherSigner, readPublisherKey, readStalePrints, savePrintedCopy, takePublishedCopy } from './distribution-store';
import { readSettings, writeSetting } from './settings';
import { Repository } from './repository';
import { freshDatabase } from './testing';

const writer = { actor: '山田 花子' };

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof CopyRefusedError) return error.code;
    throw error;
  }
  return 'accepted';
}

async function editingWorkbook(name: string) {
  const db = await freshDatabase();
  await new Repository(db, 'facility').save({ id: 'facility', name, address: '', departments: [], wards: [], fiscalYearStartMonth: 4, confidentialityLabel: '取扱注意' }, writer);
  return db;
}

describe('printed-copy register', () => {
  it('warns about a kept copy once records change after it was printed', async () => {
    const db = await freshDatabase();
    const printedAt = new Date(Date.now() - 60_000).toISOString();
    await savePrintedCopy(db, { document: 'binder', title: 'BCP 冊子', edition: 'admin', department: '', place: '災害対策本部', version: '第1版', printedAt, notes: '' }, writer);
    expect(await readStalePrints(db)).toEqual([]);
    const contacts = new Repository(db, 'contacts');
    for (const name of ['一', '二', '三']) await contacts.save({ kind: 'staff', name, furigana: '', organisation: '', department: '', role: '', phones: [], email: '', availability: '', supportNotes: '', systemIds: [], lastVerifiedAt: '', notes: '' } as never, writer);
    const [stale] = await readStalePrints(db);
    expect(stale?.changes).toEqual([{ table: 'contacts', records: 3 }]);
  });
});

describe('publishing and taking copies', () => {
  it('keeps one signing key per PC, outside the workbook', async () => {
    const db = await editingWorkbook('みなと総合病院');
    expect(await readPublisherKey(db)).toBeNull();
    const first = await publisherSigner(db);
    const again = await publisherSigner(db);
    expect(again.fingerprint).toBe(first.fingerprint);
    expect((await readPublisherKey(db))?.fingerprint).toBe(first.fingerprint);
    // Nothing of the key is in the workbook's own tables (a backup or a copy never carries it).
    const settings = await db.settings.toArray();
    expect(JSON.stringify(settings)).not.toContain(first.publicKey.slice(0, 20));
  });

  it('a reader takes a newer copy, refuses an older one, and never overwrites an editable workbook', async () => {
    const source = await editingWorkbook('みなと総合病院');
    const signer = await publisherSigner(source);
    const trusted = { publicKey: signer.publicKey, fingerprint: signer.fingerprint };
    const first = await buildPublishedCopy(source, { appVersion: 'test', now: new Date('2026-12-01T01:00:00.000Z') });
    const second = await buildPublishedCopy(source, { appVersion: 'test', now: new Date('2026-12-01T02:00:00.000Z') });

    const reader = await editingWorkbook('閲覧用 PC');
    // Without the pairing's consent, an editable workbook is left alone.
    expect(await refusal(takePublishedCopy(reader, first.bytes, trusted, writer))).toBe('editable');
    expect((await reader.facility.get('facility'))?.name).toBe('閲覧用 PC');

    await writeSetting(reader, 'copyMaxAgeDays', 3, writer);
    expect(await takePublishedCopy(reader, second.bytes, trusted, { ...writer, pairing: true })).toEqual({ taken: true, asOf: second.asOf });
    const settings = await readSettings(reader);
    expect(settings.distributedCopy?.asOf).toBe(second.asOf);
    expect(settings.copyMaxAgeDays).toBe(3); // this PC's own setting survives the copy
    expect((await reader.facility.get('facility'))?.name).toBe('みなと総合病院');

    expect(await refusal(takePublishedCopy(reader, first.bytes, trusted, writer))).toBe('older');
    expect(await takePublishedCopy(reader, second.bytes, trusted, writer)).toEqual({ taken: false, reason: 'same' });
    expect((await readSettings(reader)).distributedCopy?.asOf).toBe(second.asOf);
  });

  it('refuses a tampered or truncated copy and leaves the current one untouched', async () => {
    const source = await editingWorkbook('みなと総合病院');
    const signer = await publisherSigner(source);
    const trusted = { publicKey: signer.publicKey, fingerprint: signer.fingerprint };
    const good = await buildPublishedCopy(source, { appVersion: 'test', now: new Date('2026-12-01T01:00:00.000Z') });
    const reader = await freshDatabase();
    await takePublishedCopy(reader, good.bytes, trusted, { ...writer, pairing: true });
    const before = await reader.auditLog.count();

    await new Repository(source, 'facility').save({ id: 'facility', name: '改ざん病院', address: '', departments: [], wards: [], fiscalYearStartMonth: 4, confidentialityLabel: '取扱注意' }, writer);
    const newer = await buildPublishedCopy(source, { appVersion: 'test', now: new Date('2026-12-01T03:00:00.000Z') });
    const tampered = newer.bytes.slice();
    tampered[tampered.length - 100]! ^= 0x20;
    expect(await refusal(takePublishedCopy(reader, tampered, trusted, writer))).toBe('tampered');
    expect(await refusal(takePublishedCopy(reader, newer.bytes.subarray(0, newer.bytes.length - 1), trusted, writer))).toBe('truncated');
    expect((await reader.facility.get('facility'))?.name).toBe('みなと総合病院');
    expect(await reader.auditLog.count()).toBe(before);
  });
});
