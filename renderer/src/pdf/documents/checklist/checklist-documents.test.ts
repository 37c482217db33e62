import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersOfYear, checklistAnswerSchema } from '../../../domain/checklist/answer';
import { nextSetVersion, parseItemSetFile, type ChecklistSetFields } from '../../../domain/checklist/item-set';
import { vendorSheetSchema } from '../../../domain/checklist/vendor-sheet';
import type { PdfDocument } from '../../frame';
import { printedText } from '../../testing/printed-text';
import { buildChecklistSheet } from './checklist-sheet';
import { buildVendorSheet } from './vendor-sheet';

const header = { facilityName: 'みなと総合病院', version: '第1版', printedAt: new Date(2026, 10, 21, 9, 30), confidentialityLabel: '取扱注意', demo: false };

function set(name: string): ChecklistSetFields {
  const parsed = parseItemSetFile(readFileSync(new URL(`../../../../../resources/checklist/${name}.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return nextSetVersion(undefined, parsed.set);
}

async function textOf(doc: PdfDocument, name: string): Promise<string> {
  expect(structuredClone(doc)).toEqual(doc);
  return (await printedText(doc, name)).flat;
}

const answers = [
  checklistAnswerSchema.parse({ setId: 'mhlw-r7-facility', itemId: '2-07', fiscalYear: 2026, first: { answer: 'no', checkedOn: '2026-06-12' }, targetDate: '2027-03-31', note: '更新時に変更' }),
  checklistAnswerSchema.parse({ setId: 'mhlw-r7-facility', itemId: '2-01', fiscalYear: 2026, first: { answer: 'no', checkedOn: '2026-05-01' }, second: { answer: 'yes', checkedOn: '2026-10-01' } }),
  checklistAnswerSchema.parse({ setId: 'guideline-6-3-4', itemId: 'r9', fiscalYear: 2026, first: { answer: 'yes', checkedOn: '2026-07-01' } }),
];

describe('inspection prints', () => {
  it('the checklist grid: facility, 年度, numbers as printed, both rounds and the 目標日 in 和暦, flagged items', async () => {
    const r7 = set('mhlw-r7-facility');
    const text = await textOf(
      buildChecklistSheet({ header, set: r7, fiscalYearLabel: '令和8年度（2026年度）', answers: answersOfYear(answers, r7, 2026), findings: new Map(), places: new Map() }),
      'checklist-grid',
    );
    for (const expected of ['みなと総合病院', '令和8年度（2026年度）', '2-⑦', '1回目', '2回目', '目標日', 'いいえ', '令和8年6月12日', '令和9年3月31日', '令和8年10月1日', '公表版との照合が必要', '期限：令和9年度', '更新時に変更']) expect(text).toContain(expected);
  });

  it('the 確認表 by phase with evidence, and R1–R18 with where in the workbook and the status', async () => {
    const bcp = set('mhlw-bcp-2024');
    const phases = await textOf(
      buildChecklistSheet({ header, set: bcp, fiscalYearLabel: '令和8年度', answers: new Map(), findings: new Map([['1-2-d', ['バックアップが登録されていないシステムが1件あります。']]]), places: new Map() }),
      'checklist-phases',
    );
    for (const expected of ['1平時', '5事後対応', '根拠（ワークブックの記録）', 'バックアップが登録されていないシステムが1件あります。', '未回答']) expect(phases).toContain(expected);
    const guideline = set('guideline-6-3-4');
    const cross = await textOf(
      buildChecklistSheet({ header, set: guideline, fiscalYearLabel: '令和8年度', answers: answersOfYear(answers, guideline, 2026), findings: new Map(), places: new Map([['r9', ['バックアップ台帳', '復旧手順']]]) }),
      'checklist-cross-reference',
    );
    for (const expected of ['R1', 'R18', 'システム運用編11①', 'バックアップ台帳、復旧手順', 'はい', '令和8年7月1日']) expect(cross).toContain(expected);
  });

  it('the vendor sheet, prefilled to send and with the answers once returned', async () => {
    const vendorSet = set('mhlw-r7-vendor');
    const blank = await textOf(buildVendorSheet({ header, set: vendorSet, fiscalYearLabel: '令和8年度', vendor: { organisation: '株式会社サンプル', name: '田中' } }), 'vendor-sheet');
    for (const expected of ['株式会社サンプル田中様', 'みなと総合病院', '令和8年度', 'はい・いいえ', '記入者']) expect(blank).toContain(expected);
    const sheet = vendorSheetSchema.parse({ contactId: 'v', setId: 'mhlw-r7-vendor', fiscalYear: 2026, sentOn: '2026-06-05', receivedOn: '2026-06-26', answers: [{ itemId: '2-10', answer: 'no', note: '来年度対応' }] });
    const returned = await textOf(buildVendorSheet({ header, set: vendorSet, fiscalYearLabel: '令和8年度', vendor: { organisation: '株式会社サンプル', name: '' }, sheet }), 'vendor-sheet-returned');
    for (const expected of ['令和8年6月26日', 'いいえ', '来年度対応']) expect(returned).toContain(expected);
  });
});
