import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoWorkbookSchema } from '../demo';
import { answerFormSchema, currentAnswer } from './answer';
import { parseItemSetFile } from './item-set';

const read = (path: string) => readFileSync(new URL(`../../../../resources/${path}`, import.meta.url), 'utf8');
const demo = demoWorkbookSchema.parse(JSON.parse(read('templates/demo-workbook.json')));
const sets = ['mhlw-r7-facility', 'mhlw-r7-vendor', 'mhlw-bcp-2024', 'guideline-6-3-4'].map((name) => {
  const parsed = parseItemSetFile(read(`checklist/${name}.json`));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.set;
});
const itemsOf = (setId: string) => new Set(sets.find((s) => s.setId === setId)?.items.map((i) => i.id));

describe('the sample workbook’s self-assessment', () => {
  it('answers items of the shipped sets, valid for the facility’s 年度', () => {
    const form = answerFormSchema(demo.facility.fiscalYearStartMonth, '2026-12-31');
    for (const a of demo.checklistAnswers) {
      expect(itemsOf(a.setId), a.id).toContain(a.itemId);
      expect(form.safeParse(a).success, a.id).toBe(true);
    }
  });

  it('has a few いいえ, each with its follow-up action pointing back at it', () => {
    const noes = demo.checklistAnswers.filter((a) => currentAnswer(a) === 'no');
    expect(noes.length).toBeGreaterThanOrEqual(2);
    for (const a of noes) {
      const action = demo.actions.find((x) => x.id === a.actionId);
      expect(action?.source?.recordId, a.id).toBe(a.id);
      expect(action?.dueDate).toBe(a.targetDate);
    }
  });

  it('has one vendor sheet returned, from a vendor contact, answering the vendor items', () => {
    const returned = demo.vendorSheets.filter((s) => s.receivedOn);
    expect(returned).toHaveLength(1);
    expect(demo.contacts.find((c) => c.id === returned[0]?.contactId)?.kind).toBe('vendor');
    for (const a of returned[0]?.answers ?? []) expect(itemsOf('mhlw-r7-vendor')).toContain(a.itemId);
  });
});
