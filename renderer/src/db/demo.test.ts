import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_TABLES, demoWorkbookSchema } from '../domain/demo';
import { FACILITY_ID } from '../domain/facility';
import { hasDemoData, loadDemoWorkbook, removeDemoData } from './demo';
import { Repository } from './repository';
import { freshDatabase } from './testing';

const demo = demoWorkbookSchema.parse(JSON.parse(readFileSync(new URL('../../../resources/templates/demo-workbook.json', import.meta.url), 'utf8')));

describe('demo workbook', () => {
  it('is a plausible 300-bed hospital: departments, wards, staff, vendors, authorities, systems', () => {
    expect(demo.facility.departments.length).toBeGreaterThanOrEqual(8);
    expect(demo.facility.wards.length).toBeGreaterThanOrEqual(6);
    for (const kind of ['staff', 'vendor', 'authority', 'expert'] as const) expect(demo.contacts.some((c) => c.kind === kind)).toBe(true);
    expect(demo.systems.length).toBeGreaterThanOrEqual(10);
    const ids = new Set(demo.contacts.map((c) => c.id));
    for (const s of demo.systems) if (s.vendorContactId) expect(ids.has(s.vendorContactId)).toBe(true);
  });

  it('links only to records that exist in the demo: forms, contacts in call trees, systems of backups and runbooks', () => {
    const forms = new Set(demo.formTemplates.map((f) => f.id));
    const contacts = new Set(demo.contacts.map((c) => c.id));
    const systems = new Set(demo.systems.map((s) => s.id));
    for (const p of demo.procedures) for (const id of p.formIds) expect(forms).toContain(id);
    for (const tree of demo.callTrees) for (const level of tree.levels) for (const id of [level.contactId, ...level.fallbacks.map((f) => f.contactId)]) expect(contacts).toContain(id);
    for (const b of demo.backups) expect(systems).toContain(b.systemId);
    for (const r of demo.runbooks) for (const id of [r.systemId, ...r.prerequisiteSystemIds]) expect(systems).toContain(id);
    expect(demo.procedures.length && demo.formTemplates.length && demo.backups.length && demo.runbooks.length && demo.callTrees.length).toBeGreaterThan(0);
  });

  it('loads marked as demo, and is removed in one step leaving real data', async () => {
    const db = await freshDatabase();
    const real = await new Repository(db, 'contacts').save({ ...demo.contacts[0]!, id: undefined, name: '本物の連絡先' }, { actor: '山田' });
    await loadDemoWorkbook(db, demo, { actor: '山田' });
    expect(await hasDemoData(db)).toBe(true);
    expect((await db.facility.get(FACILITY_ID))?.demo).toBe(true);
    expect(await db.contacts.count()).toBe(demo.contacts.length + 1);

    const removed = await removeDemoData(db, { actor: '山田' });
    expect(removed).toBe(DEMO_TABLES.reduce((n, t) => n + demo[t].length, 0) + 1);
    expect(await hasDemoData(db)).toBe(false);
    expect((await db.contacts.toArray()).map((c) => c.id)).toEqual([real.id]);
    expect(await db.auditLog.filter((a) => a.action === 'delete').count()).toBe(removed);
  });

  it('never replaces a real facility', async () => {
    const db = await freshDatabase();
    await new Repository(db, 'facility').save({ ...demo.facility, id: FACILITY_ID, name: '本番病院' }, { actor: 'x' });
    await loadDemoWorkbook(db, demo, { actor: 'x' });
    expect((await db.facility.get(FACILITY_ID))?.name).toBe('本番病院');
    await removeDemoData(db, { actor: 'x' });
    expect((await db.facility.get(FACILITY_ID))?.name).toBe('本番病院');
  });

  it('a sample record someone edited and saved (no longer marked) survives removal and is not overwritten by a reload', async () => {
    const db = await freshDatabase();
    await loadDemoWorkbook(db, demo, { actor: 'x' });
    const sample = demo.contacts[0]!;
    // What a form saves: the record without its sample mark.
    await new Repository(db, 'contacts').save({ ...sample, phones: [{ label: 'mobile', number: '090-9999-0000' }] }, { actor: '山田' });
    await loadDemoWorkbook(db, demo, { actor: 'x' });
    expect((await db.contacts.get(sample.id))?.phones).toEqual([{ label: 'mobile', number: '090-9999-0000' }]);
    await removeDemoData(db, { actor: 'x' });
    expect((await db.contacts.toArray()).map((c) => c.id)).toEqual([sample.id]);
  });

  it('loading twice does not duplicate', async () => {
    const db = await freshDatabase();
    await loadDemoWorkbook(db, demo, { actor: 'x' });
    await loadDemoWorkbook(db, demo, { actor: 'x' });
    expect(await db.contacts.count()).toBe(demo.contacts.length);
  });
});
