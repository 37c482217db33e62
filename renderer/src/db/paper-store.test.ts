import { describe, expect, it } from 'vitest';
import { resetNumbering } from '../domain/paper/temporary-patient-ids';
import { formFixture, ledgerFixture } from '../domain/testing/paper-fixtures';
import { FormTemplateDeletedError, reserveTemporaryIds, resetStarterForm, resetTemporaryIds, saveFormTemplate, TemporaryIdsExhaustedError } from './paper-store';
import { Repository } from './repository';
import { freshDatabase } from './testing';

const writer = { actor: '山田 花子' };

async function withLedger(rangeEnd = 100) {
  const db = await freshDatabase();
  const form = await saveFormTemplate(
    db,
    { ...ledgerFixture({ numbering: resetNumbering({ prefix: '仮-', digits: 6, rangeStart: 1, rangeEnd }), starterId: 'temporary-patient-ids' }) },
    writer,
  );
  return { db, form };
}

describe('temporary ID reservations', () => {
  it('never hands out the same numbers twice, also for prints that run at the same time', async () => {
    const { db, form } = await withLedger(1000);
    const runs = await Promise.all([1, 2, 3, 4].map(() => reserveTemporaryIds(db, [{ formId: form.id, count: 50 }], writer)));
    const starts = runs.map((r) => r[0]!.first).sort((a, b) => a - b);
    expect(starts).toEqual([1, 51, 101, 151]);
    expect((await db.formTemplates.get(form.id))?.numbering?.nextNumber).toBe(201);
  });

  it('reserves separate blocks when one form is asked for twice in a print', async () => {
    const { db, form } = await withLedger(1000);
    const blocks = await reserveTemporaryIds(db, [{ formId: form.id, count: 25 }, { formId: 'not-numbered', count: 0 }, { formId: form.id, count: 50 }], writer);
    expect(blocks).toEqual([{ first: 1, count: 25 }, undefined, { first: 26, count: 50 }]);
  });

  it('refuses when the range is used up and reserves nothing at all', async () => {
    const { db, form } = await withLedger(60);
    await reserveTemporaryIds(db, [{ formId: form.id, count: 50 }], writer);
    await expect(reserveTemporaryIds(db, [{ formId: form.id, count: 25 }], writer)).rejects.toBeInstanceOf(TemporaryIdsExhaustedError);
    expect((await db.formTemplates.get(form.id))?.numbering?.nextNumber).toBe(51);
  });

  it('audits every reservation and every reset', async () => {
    const { db, form } = await withLedger();
    await reserveTemporaryIds(db, [{ formId: form.id, count: 25 }], writer);
    await resetTemporaryIds(db, form.id, { prefix: '臨-', digits: 4, rangeStart: 5001, rangeEnd: 9999 }, { actor: '医事課長' });
    const rows = await db.auditLog.where('recordId').equals(form.id).toArray();
    expect(rows.map((r) => [r.action, r.actor, r.changedFields])).toEqual([
      ['create', '山田 花子', []],
      ['update', '山田 花子', ['numbering']],
      ['update', '医事課長', ['numbering']],
    ]);
    expect((await db.formTemplates.get(form.id))?.numbering).toMatchObject({ prefix: '臨-', nextNumber: 5001 });
  });

  it('keeps the counter when the form is edited in the designer or reset to its shipped version', async () => {
    const { db, form } = await withLedger();
    await reserveTemporaryIds(db, [{ formId: form.id, count: 30 }], writer);
    const edited = await saveFormTemplate(db, { ...form, title: '仮患者番号台帳（外来）', numbering: resetNumbering({ prefix: 'X', digits: 3, rangeStart: 1, rangeEnd: 5 }) }, writer);
    expect(edited.numbering?.nextNumber).toBe(31);
    expect(edited.starterId).toBe('temporary-patient-ids');
    const reset = await resetStarterForm(db, form.id, ledgerFixture({ numbering: resetNumbering({ prefix: '仮-', digits: 6, rangeStart: 1, rangeEnd: 9 }) }), writer);
    expect(reset.title).toBe('仮患者番号台帳');
    expect(reset.numbering?.nextNumber).toBe(31);
  });

  it('turns on numbering for a form saved earlier without it, starting at the first number of the range', async () => {
    const db = await freshDatabase();
    const form = await saveFormTemplate(db, formFixture(), writer);
    const range = { prefix: '外-', digits: 5, rangeStart: 301, rangeEnd: 900 };
    const saved = await saveFormTemplate(db, { ...form, numbering: { ...resetNumbering(range), nextNumber: 700 } }, writer);
    expect(saved.numbering).toEqual(resetNumbering(range));
    expect((await db.formTemplates.get(form.id))?.numbering).toEqual(resetNumbering(range));
  });

  it('refuses to bring back a pre-numbered form deleted while its designer was open (its numbers would repeat)', async () => {
    const { db, form } = await withLedger(1000);
    await reserveTemporaryIds(db, [{ formId: form.id, count: 100 }], writer);
    const openInDesigner = (await db.formTemplates.get(form.id))!;
    await new Repository(db, 'formTemplates').remove(form.id, writer);
    await expect(saveFormTemplate(db, openInDesigner, writer)).rejects.toBeInstanceOf(FormTemplateDeletedError);
    expect(await db.formTemplates.get(form.id)).toBeUndefined();
  });
});
