import { describe, expect, it } from 'vitest';
import { paperContext, procedureFixture } from '../../../domain/testing/paper-fixtures';
import type { PdfDocument } from '../../frame';
import { printedText, type PrintedText } from '../../testing/printed-text';
import { buildDepartmentKitDocument } from './kit';
import { buildProcedureDocument } from './procedure';

let n = 0;
const render = (doc: PdfDocument): Promise<PrintedText> => printedText(doc, `procedure-${n++}.pdf`);

const formTitles = new Map([['form-1', '外来受付票']]);

describe('procedure sheet (紙運用手順書)', () => {
  it('prints trigger, numbered steps with roles, supplies, forms, back-entry, paper original and return steps', async () => {
    const { flat } = await render(buildProcedureDocument(paperContext, procedureFixture(), formTitles));
    for (const expected of [
      '外来受付の紙運用',
      'レベル2基幹システム停止',
      '30分以上',
      '情報システム室に停止を確認',
      '受付リーダー',
      '仮患者番号を払い出す',
      'ボールペン20本',
      '使用する帳票',
      '外来受付票',
      '事後入力（復旧後）',
      '受付票の順に患者受付を入力',
      '紙の原本の保管',
      '医事課で5年間保管',
      '通常運用への復帰',
    ]) {
      expect(flat).toContain(expected);
    }
    expect(flat).not.toContain('**');
  });

  it('flows a very long procedure over pages without losing steps', async () => {
    const steps = Array.from({ length: 40 }, (_, i) => ({ role: '担当', text: `手順${i + 1}：${'詳しい説明。'.repeat(30)}` }));
    const { flat, pageCount } = await render(buildProcedureDocument(paperContext, procedureFixture({ steps }), formTitles));
    expect(pageCount).toBeGreaterThan(2);
    expect(flat).toContain('手順1：');
    expect(flat).toContain('手順40：');
    expect(flat).toContain('通常運用への復帰');
  });
});

describe('procedure text that must print in full', () => {
  // 90 conditions: within the 2000-character limit, and taller than one page.
  const trigger = Array.from({ length: 90 }, (_, i) => `- 条件${String(i + 1).padStart(3, '0')}を確認する`).join('\n');
  const printedConditions = (flat: string) => new Set(flat.match(/条件\d{3}/g)).size;

  it('prints a 切替の判断 longer than a page, in the procedure sheet and in the downtime kit', async () => {
    const procedure = procedureFixture({ trigger });
    expect(trigger.length).toBeLessThanOrEqual(2000);
    const sheet = await render(buildProcedureDocument(paperContext, procedure, formTitles));
    expect(printedConditions(sheet.flat)).toBe(90);
    expect(sheet.flat).toContain('切替の判断');
    const kit = await render(
      buildDepartmentKitDocument({
        context: paperContext,
        quantityNote: '各様式 1部',
        formTitles,
        departments: [{ department: '外来受付', procedures: [procedure], forms: [] }],
      }),
    );
    expect(printedConditions(kit.flat)).toBe(90);
  });

  it('prints a decimal dose as typed and keeps the step numbers staff typed', async () => {
    const steps = [{ role: '看護師', text: '0.5mLずつ追加する\n\n3. 採血する\n5. 点滴を開始する' }];
    const { flat } = await render(buildProcedureDocument(paperContext, procedureFixture({ steps }), formTitles));
    expect(flat).toContain('0.5mLずつ追加する');
    expect(flat).not.toContain('1.5mL');
    expect(flat).toContain('3.採血する');
    expect(flat).toContain('5.点滴を開始する');
  });
});
