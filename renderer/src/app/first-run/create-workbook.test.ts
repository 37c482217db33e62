import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../db/testing';
import { createWorkbook } from './create-workbook';

const facility = { name: 'みなと病院', address: '', departments: ['外来受付'], wards: [], fiscalYearStartMonth: 4, confidentialityLabel: '取扱注意' };

describe('first run', () => {
  it('creates the workbook once: a second first run (another tab) seeds nothing again and keeps the first name', async () => {
    const db = await freshDatabase();
    expect(await createWorkbook(db, facility, { actor: '山田' })).toBe(true);
    const contacts = await db.contacts.count();
    const forms = await db.formTemplates.count();
    expect(contacts).toBeGreaterThan(0);
    expect(await createWorkbook(db, { ...facility, name: '別の名前' }, { actor: '佐藤' })).toBe(false);
    expect(await db.contacts.count()).toBe(contacts);
    expect(await db.formTemplates.count()).toBe(forms);
    expect((await db.facility.toArray()).map((f) => f.name)).toEqual(['みなと病院']);
  });
});
