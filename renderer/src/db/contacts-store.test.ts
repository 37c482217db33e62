import { describe, expect, it } from 'vitest';
import { callTreeSchema } from '../domain/contacts/call-tree';
import { emptyContactFields } from '../domain/contacts/contact';
import { deleteContact } from './contacts-store';
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
