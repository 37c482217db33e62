import { describe, expect, it } from 'vitest';
import { Repository } from '../../db/repository';
import { freshDatabase } from '../../db/testing';
import { emptyContactFields } from '../../domain/contacts/contact';
import { encodeCp932 } from '../../base/csv-encoding';
import { needsReview } from '../../domain/contacts/contact-review';
import { writeContactImport } from '../../db/contacts-store';
import { prepareContactImport } from './contact-import';
import { seedStarterContacts } from './seed';

const writer = { actor: '山田 花子', now: () => new Date('2026-11-21T00:00:00Z') };
const options = { defaultKind: 'other' as const, systemIdsByName: new Map<string, string>() };

function cp932(text: string): Uint8Array {
  const encoded = encodeCp932(text);
  if (!encoded.ok) throw new Error('fixture not CP932');
  return encoded.bytes;
}

describe('starter authority contacts', () => {
  it('are written with empty numbers and no verification date, so they show as 未確認', async () => {
    const db = await freshDatabase();
    await seedStarterContacts(db, writer);
    const contacts = await db.contacts.toArray();
    expect(contacts).toHaveLength(7);
    expect(contacts.every((c) => c.lastVerifiedAt === '' && c.phones.every((p) => p.number === ''))).toBe(true);
    expect(contacts.filter((c) => c.kind === 'authority')).toHaveLength(5);
    expect(contacts.every((c) => needsReview(c, '2026-11-21', 180))).toBe(true);
  });
});

describe('CSV import', () => {
  it('writes nothing for a broken file and every row in one go for a good one', async () => {
    const db = await freshDatabase();
    await seedStarterContacts(db, writer);
    const before = await db.contacts.toArray();

    const broken = await prepareContactImport(Uint8Array.from([0x81, 0x20, 0x0d, 0x0a]), before, options);
    expect(broken).toEqual({ ok: false, problem: { code: 'bad-bytes' } });
    expect(await db.contacts.toArray()).toEqual(before);

    const rows = ['氏名,ﾌﾘｶﾞﾅ,電話番号', ...Array.from({ length: 1200 }, (_, i) => `職員${i},ｼｮｸｲﾝ,03-1234-${String(i).padStart(4, '0')}`)];
    const prepared = await prepareContactImport(cp932(rows.join('\r\n')), before, options);
    if (!prepared.ok) throw new Error('unreadable');
    expect(prepared.plan.errors).toEqual([]);
    const auditBefore = await db.auditLog.count();
    expect(await writeContactImport(db, prepared.plan, new Map(), writer)).toBe(1200);
    expect(await db.contacts.count()).toBe(1207);
    expect((await db.auditLog.count()) - auditBefore).toBe(1200);
    const one = (await db.contacts.toArray()).find((c) => c.name === '職員7');
    expect(one).toMatchObject({ furigana: 'ショクイン', phones: [{ label: 'external', number: '03-1234-0007' }] });
  });
});

describe('CSV import of several rows for one contact', () => {
  it('stores every number of every row and reports one contact written', async () => {
    const db = await freshDatabase();
    const [yamada] = await new Repository(db, 'contacts').saveMany([{ ...emptyContactFields(), name: '山田 太郎', phones: [{ label: 'external', number: '03-1111-2222' }] }], writer);
    const csv = ['氏名,外線,携帯,PHS', '山田 太郎,03-1111-2222,090-1234-5678,', '山田 太郎,03-1111-2222,,4321', '佐藤 花子,03-3333-4444,,', '佐藤 花子,03-3333-4444,080-5555-6666,'].join('\r\n');
    const prepared = await prepareContactImport(new TextEncoder().encode(csv), await db.contacts.toArray(), options);
    if (!prepared.ok) throw new Error('unreadable');
    expect(await writeContactImport(db, prepared.plan, new Map(), writer)).toBe(2);
    expect((await db.contacts.get(yamada!.id))?.phones.map((p) => p.number)).toEqual(['03-1111-2222', '090-1234-5678', '4321']);
    const sato = (await db.contacts.toArray()).filter((c) => c.name === '佐藤 花子');
    expect(sato.map((c) => c.phones.map((p) => p.number))).toEqual([['03-3333-4444', '080-5555-6666']]);
  });
});
