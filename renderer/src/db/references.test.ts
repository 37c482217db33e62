import { describe, expect, it } from 'vitest';
import { emptyContactFields } from '../domain/contacts/contact';
import { systemSchema } from '../domain/systems/system';
import { contactsReferences } from './contacts-references';
import { deleteReferredRecord, DeleteRefusedError, planDelete, type RecordReference } from './references';
import { Repository } from './repository';
import { systemsReferences } from './systems-references';
import { freshDatabase } from './testing';

const ctx = { actor: '山田', now: () => new Date('2026-11-21T00:00:00Z') };

async function workbookWithVendor() {
  const db = await freshDatabase();
  const [vendor, other] = await new Repository(db, 'contacts').saveMany(
    [
      { ...emptyContactFields(), kind: 'vendor', name: 'カルテ社 保守窓口' },
      { ...emptyContactFields(), name: '情報システム室長' },
    ],
    ctx,
  );
  const systems = new Repository(db, 'systems');
  const ehr = await systems.save(systemSchema.parse({ name: '電子カルテ', kind: 'system', vendorContactId: vendor!.id }), ctx);
  const pacs = await systems.save(systemSchema.parse({ name: 'PACS', kind: 'system', vendorContactId: other!.id }), ctx);
  return { db, vendor: vendor!, other: other!, ehr, pacs };
}

/** The vendor reference with another rule, as another area could declare it. */
const vendorWith = (onDelete: RecordReference['onDelete']): RecordReference => ({ ...systemsReferences[0]!, onDelete });

describe('references on delete', () => {
  it('tells in advance which records refer to the record and what the delete does', async () => {
    const { db, vendor } = await workbookWithVendor();
    const plan = await planDelete(db, [...contactsReferences, ...systemsReferences], 'contacts', vendor.id);
    expect(plan.refused).toBe(false);
    expect(plan.referrers.map((r) => [r.reference.from, r.reference.onDelete, r.records.map((x) => x.label)])).toEqual([['systems', 'clear', ['電子カルテ']]]);
  });

  it('clears a reference in the delete transaction, with an audit row for the change and for the delete', async () => {
    const { db, vendor, ehr, pacs } = await workbookWithVendor();
    const auditBefore = await db.auditLog.count();
    await deleteReferredRecord(db, [...contactsReferences, ...systemsReferences], 'contacts', vendor.id, ctx);
    expect(await db.contacts.get(vendor.id)).toBeUndefined();
    expect((await db.systems.get(ehr.id))?.vendorContactId).toBe('');
    expect((await db.systems.get(pacs.id))?.vendorContactId).not.toBe('');
    const rows = (await db.auditLog.toArray()).slice(auditBefore);
    expect(rows.map((r) => [r.table, r.action, r.label])).toEqual([
      ['systems', 'update', '電子カルテ'],
      ['contacts', 'delete', 'カルテ社 保守窓口'],
    ]);
    expect(rows[0]?.changedFields).toEqual(['vendorContactId']);
  });

  it('refuses a delete while a refusing reference has referrers, and changes nothing', async () => {
    const { db, vendor, ehr } = await workbookWithVendor();
    const auditBefore = await db.auditLog.count();
    const references = [...contactsReferences, vendorWith('refuse')];
    expect((await planDelete(db, references, 'contacts', vendor.id)).refused).toBe(true);
    const refusal = deleteReferredRecord(db, references, 'contacts', vendor.id, ctx);
    await expect(refusal).rejects.toBeInstanceOf(DeleteRefusedError);
    await expect(refusal).rejects.toMatchObject({ plan: { referrers: [{ records: [{ id: ehr.id, label: '電子カルテ' }] }] } });
    expect(await db.contacts.get(vendor.id)).toBeDefined();
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it('keeps and flags: the referrer keeps the id of the deleted record', async () => {
    const { db, vendor, ehr } = await workbookWithVendor();
    await deleteReferredRecord(db, [vendorWith('keep-and-flag')], 'contacts', vendor.id, ctx);
    expect(await db.contacts.get(vendor.id)).toBeUndefined();
    expect((await db.systems.get(ehr.id))?.vendorContactId).toBe(vendor.id);
    expect((await db.auditLog.toArray()).filter((r) => r.table === 'systems' && r.action === 'update')).toEqual([]);
  });

  it('writes all or nothing: a failing clear leaves the referrers and the record as they were', async () => {
    const { db, vendor, ehr } = await workbookWithVendor();
    const auditBefore = await db.auditLog.count();
    const failing: RecordReference = {
      ...contactsReferences[0]!,
      from: 'systems',
      to: 'contacts',
      refersTo: () => true,
      clear: () => {
        throw new Error('disk full');
      },
    } as unknown as RecordReference;
    await expect(deleteReferredRecord(db, [...systemsReferences, failing], 'contacts', vendor.id, ctx)).rejects.toThrow();
    expect(await db.contacts.get(vendor.id)).toBeDefined();
    expect((await db.systems.get(ehr.id))?.vendorContactId).toBe(vendor.id);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it('takes a deleted system out of the contacts that support it', async () => {
    const { db, ehr } = await workbookWithVendor();
    const [supporter] = await new Repository(db, 'contacts').saveMany([{ ...emptyContactFields(), name: 'SE 佐藤', systemsSupported: [ehr.id, 'other'] }], ctx);
    const plan = await planDelete(db, [...contactsReferences, ...systemsReferences], 'systems', ehr.id);
    expect(plan.referrers.map((r) => r.records.map((x) => x.label))).toEqual([['SE 佐藤']]);
    await deleteReferredRecord(db, [...contactsReferences, ...systemsReferences], 'systems', ehr.id, ctx);
    expect((await db.contacts.get(supporter!.id))?.systemsSupported).toEqual(['other']);
  });
});
