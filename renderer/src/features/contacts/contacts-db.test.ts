import { describe, expect, it } from 'vitest';
import { Repository } from '../../db/repository';
import { freshDatabase } from '../../db/testing';
import { callTreeSchema } from '../../domain/contacts/call-tree';
import { emptyContactFields, type Contact } from '../../domain/contacts/contact';
import { encodeCp932 } from '../../base/csv-encoding';
import { buildContactSearchIndex, searchContacts } from '../../domain/contacts/contact-search';
import { needsReview, reviewState } from '../../domain/contacts/contact-review';
import { writeContactImport } from '../../db/contacts-store';
import { prepareContactImport } from './contact-import';
import { deleteContact } from '../../db/contacts-store';
import { contactsReferences } from '../../db/contacts-references';
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

describe('review period', () => {
  it('flags unverified contacts and those verified longer ago than the period', () => {
    expect(reviewState({ lastVerifiedAt: '' }, '2026-11-21', 180)).toBe('unverified');
    expect(reviewState({ lastVerifiedAt: '2026-05-25' }, '2026-11-21', 180)).toBe('current');
    expect(reviewState({ lastVerifiedAt: '2026-05-24' }, '2026-11-21', 180)).toBe('overdue');
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

describe('deleting a contact', () => {
  it('takes it out of call trees in the same transaction, promoting the first fallback', async () => {
    const db = await freshDatabase();
    const contacts = new Repository(db, 'contacts');
    const [a, b, c] = await contacts.saveMany(
      ['院長', '副院長', '事務長'].map((name) => ({ kind: 'staff' as const, name, furigana: '', organisation: '', department: '', role: '', phones: [], email: '', availability: '', contractNotes: '', systemsSupported: [], lastVerifiedAt: '', notes: '' })),
      writer,
    );
    const tree = await new Repository(db, 'callTrees').save(
      callTreeSchema.parse({ name: '停電時', levels: [{ contactId: a!.id, fallbacks: [{ contactId: b!.id }] }, { contactId: c!.id }] }),
      writer,
    );
    await deleteContact(db, contactsReferences, a!.id, writer);
    expect(await db.contacts.get(a!.id)).toBeUndefined();
    expect((await db.callTrees.get(tree.id))?.levels).toEqual([
      { contactId: b!.id, fallbacks: [], note: '' },
      { contactId: c!.id, fallbacks: [], note: '' },
    ]);
  });
});

describe('deleting the only person of a call-tree level', () => {
  it('keeps the level and its note in the stored tree, which stays valid', async () => {
    const db = await freshDatabase();
    const [only] = await new Repository(db, 'contacts').saveMany([{ ...emptyContactFields(), name: '情報システム室長' }], writer);
    const tree = await new Repository(db, 'callTrees').save(callTreeSchema.parse({ name: 'ランサムウェア発生時', levels: [{ contactId: only!.id, note: 'ネットワークを切り離す' }] }), writer);
    await deleteContact(db, contactsReferences, only!.id, writer);
    const stored = await db.callTrees.get(tree.id);
    expect(stored?.levels).toEqual([{ contactId: only!.id, fallbacks: [], note: 'ネットワークを切り離す' }]);
    expect(callTreeSchema.safeParse(stored).success).toBe(true);
    expect(await db.contacts.get(only!.id)).toBeUndefined();
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

describe('call tree validation', () => {
  it('refuses no levels, an empty level and the same person twice', () => {
    const issues = (input: unknown) => (callTreeSchema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
    expect(issues({ name: 'x', levels: [] })).toEqual([['levels', 'contacts.callTrees.validation.noLevels']]);
    expect(issues({ name: 'x', levels: [{ contactId: '' }] })).toEqual([['levels.0.contactId', 'contacts.callTrees.validation.levelContact']]);
    expect(issues({ name: 'x', levels: [{ contactId: 'a' }, { contactId: 'b', fallbacks: [{ contactId: 'a' }] }] })).toEqual([
      ['levels.1.fallbacks.0.contactId', 'contacts.callTrees.validation.duplicateContact'],
    ]);
  });
});

describe('contact search', () => {
  const contact = (name: string, furigana: string, number: string): Contact => ({
    ...emptyContactFields(),
    id: name,
    createdAt: '',
    updatedAt: '',
    updatedBy: '',
    name,
    furigana,
    department: '情報システム室',
    phones: [{ label: 'mobile', number }],
  });

  const index = buildContactSearchIndex([contact('髙橋 真理子', 'タカハシ マリコ', '090-1234-5602'), contact('山﨑 大輔', 'ヤマサキ ダイスケ', '090-1234-5603')]);
  it.each([
    ['たかはし', ['髙橋 真理子']],
    ['ﾀｶﾊｼ', ['髙橋 真理子']],
    ['高橋', ['髙橋 真理子']],
    ['山崎', ['山﨑 大輔']],
    ['09012345603', ['山﨑 大輔']],
    ['５６０２', ['髙橋 真理子']],
    ['情報 やまさき', ['山﨑 大輔']],
    ['', ['髙橋 真理子', '山﨑 大輔']],
  ])('%s', (query, names) => {
    expect(searchContacts(index, query).map((c) => c.name)).toEqual(names);
  });
});
