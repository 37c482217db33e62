import { describe, expect, it } from 'vitest';
import { callTreeSchema } from '../domain/contacts/call-tree';
import { emptyContactFields } from '../domain/contacts/contact';
import { deleteContact, recheckStoredNumbers } from './contacts-store';
import { contactsReferences } from './contacts-references';
import { Repository } from './repository';
import { freshDatabase } from './testing';

const writer = { actor: '山田 花子', now: () => new Date('2026-11-21T00:00:00Z') };

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

describe('checking stored numbers again at start', () => {
  it('marks a number today’s rules refuse as 要確認 and keeps it as stored, restandardises the others, and audits it', async () => {
    const db = await freshDatabase();
    // Written straight to the table, as an older version's rules let it through.
    await db.contacts.bulkAdd([
      { ...emptyContactFields(), id: 'old', name: '旧版の連絡先', phones: [{ label: 'external', number: '03-0000-1234' }, { label: 'external', number: '0561244943' }], createdAt: '', updatedAt: '', updatedBy: '' },
      { ...emptyContactFields(), id: 'fine', name: '問題なし', phones: [{ label: 'extension', number: '2101' }], createdAt: '', updatedAt: '', updatedBy: '' },
    ]);
    expect(await recheckStoredNumbers(db, writer)).toBe(1);
    const old = await db.contacts.get('old');
    expect(old?.phones).toEqual([
      { label: 'external', number: '03-0000-1234', asWritten: true },
      { label: 'external', number: '0561-24-4943' },
    ]);
    expect(old?.needsCheck).toBe(true);
    expect((await db.contacts.get('fine'))?.phones).toEqual([{ label: 'extension', number: '2101' }]);
    expect(await db.auditLog.where('recordId').equals('old').count()).toBe(1);
    expect(await recheckStoredNumbers(db, writer)).toBe(0);
  });
});
