import { describe, expect, it } from 'vitest';
import { emptyContactFields, type ContactFields } from '../domain/contacts/contact';
import { Repository } from './repository';
import { freshDatabase } from './testing';

const contact = (name: string): ContactFields => ({
  ...emptyContactFields(),
  kind: 'vendor',
  name,
  phones: [{ label: 'external', number: '03-1234-0000' }],
});

describe('Repository', () => {
  it('stamps who and when, and writes an audit row with each change', async () => {
    const db = await freshDatabase();
    const contacts = new Repository(db, 'contacts');
    const now = () => new Date('2026-11-21T01:00:00Z');
    const created = await contacts.save(contact('保守窓口'), { actor: '山田', now });
    expect(created).toMatchObject({ name: '保守窓口', updatedBy: '山田', createdAt: '2026-11-21T01:00:00.000Z' });

    await contacts.save({ ...created, role: '24時間窓口' }, { actor: '佐藤', now: () => new Date('2026-11-22T01:00:00Z') });
    await contacts.remove(created.id, { actor: '佐藤' });

    const audit = await db.auditLog.orderBy('seq').toArray();
    expect(audit.map((a) => [a.action, a.actor, a.table, a.recordId, a.label, a.changedFields])).toEqual([
      ['create', '山田', 'contacts', created.id, '保守窓口', []],
      ['update', '佐藤', 'contacts', created.id, '保守窓口', ['role']],
      ['delete', '佐藤', 'contacts', created.id, '保守窓口', []],
    ]);
    expect(await contacts.get(created.id)).toBeUndefined();
  });

  it('keeps createdAt on update', async () => {
    const db = await freshDatabase();
    const contacts = new Repository(db, 'contacts');
    const first = await contacts.save(contact('A'), { actor: 'x', now: () => new Date('2026-01-01T00:00:00Z') });
    const second = await contacts.save({ ...first, name: 'B' }, { actor: 'x', now: () => new Date('2026-02-01T00:00:00Z') });
    expect(second.createdAt).toBe('2026-01-01T00:00:00.000Z');
    expect(second.updatedAt).toBe('2026-02-01T00:00:00.000Z');
  });

  it('writes nothing at all, not even audit rows, when one record of a batch fails', async () => {
    const db = await freshDatabase();
    const contacts = new Repository(db, 'contacts');
    await contacts.save(contact('既存'), { actor: 'x' });
    const auditBefore = await db.auditLog.count();
    // An object is not a valid IndexedDB key: the second put fails inside the transaction.
    const bad = { ...contact('不正'), id: {} as unknown as string };
    await expect(contacts.saveMany([contact('正常'), bad], { actor: 'x' })).rejects.toThrow();
    expect((await contacts.list()).map((c) => c.name)).toEqual(['既存']);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it('refuses a write without the name of the person making it', async () => {
    const db = await freshDatabase();
    await expect(new Repository(db, 'contacts').save(contact('A'), { actor: '  ' })).rejects.toThrow(/name of the person/);
    expect(await db.contacts.count()).toBe(0);
  });
});
