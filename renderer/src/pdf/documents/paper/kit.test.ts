import { describe, expect, it } from 'vitest';
import { planStock } from '../../../domain/paper/stock-plan';
import { formFixture, ledgerFixture, paperContext, procedureFixture } from '../../../domain/testing/paper-fixtures';
import { poppler, printedText, type PrintedText } from '../../testing/printed-text';
import { buildDepartmentKitDocument, buildHospitalKitDocument, type KitInput } from './kit';
import { buildProcedureDocument } from './procedure';
import { buildStockPlanDocument } from './stock-plan';
import type { PdfDocument } from '../../frame';

let n = 0;
const render = (doc: PdfDocument): Promise<PrintedText> => printedText(doc, `kit-${n++}.pdf`);

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

describe('downtime kit (ダウンタイムキット)', () => {
  const kit = (): KitInput => ({
    context: paperContext,
    quantityNote: '各様式 1部',
    formTitles,
    departments: [
      {
        department: '外来受付',
        procedures: [procedureFixture()],
        forms: [
          { form: formFixture({ copies: 2 }), sheets: 2 },
          { form: ledgerFixture({ orientation: 'landscape', rowsPerPage: 10 }), sheets: 1, block: { first: 501, count: 10 } },
        ],
      },
    ],
  });

  it('puts contents, procedures and every form in the planned quantities into one PDF', async () => {
    const input = kit();
    const { flat, pages, pageCount, path } = await render(buildDepartmentKitDocument({ ...input, departments: [input.departments[0]!] }));
    // contents + procedure (1 page) + 2 sheets × 2 copies + 1 ledger sheet
    expect(pageCount).toBe(1 + 1 + 4 + 1);
    expect(flat).toContain('ダウンタイムキット');
    expect(flat).toContain('2部×2枚複写（4枚）');
    expect(pages[0]!.replace(/\s+/g, '')).toContain('外来受付の紙運用');
    expect(flat).toContain('仮-000501');
    expect(flat).toContain('仮-000510');
    const sizes = poppler('pdfinfo', '-f', '1', '-l', String(pageCount), path);
    expect(sizes).toMatch(/Page\s+7 size:\s+841\.89 x 595\.28/);
    expect(sizes).toMatch(/Page\s+6 size:\s+595\.28 x 841\.89/);
  });

  it('joins every department behind one contents page for the whole hospital', async () => {
    const one = kit().departments[0]!;
    const input: KitInput = { ...kit(), departments: [one, { ...one, department: '薬剤', forms: [{ form: formFixture({ title: '院内処方箋', department: '薬剤' }), sheets: 3 }] }] };
    const { flat, pageCount } = await render(buildHospitalKitDocument(input));
    expect(pageCount).toBe(1 + 7 + (1 + 1 + 3));
    expect(flat).toContain('病院全体ダウンタイムキット');
    expect(flat).toContain('院内処方箋');
    expect(flat).toContain(`${pageCount}/${pageCount}ページ`);
  });
});

describe('stock plan sheet (備蓄計画)', () => {
  it('prints each form, place and the sheets to keep for the planned days', async () => {
    const forms = [
      { ...formFixture({ copies: 2 }), id: 'a' },
      { ...formFixture({ title: '病棟患者一覧', stock: { sheetsPerDay: 2, scope: 'ward', packSize: 0 } }), id: 'b' },
    ];
    const { flat } = await render(buildStockPlanDocument(paperContext, planStock(forms, ['3階東病棟', 'ICU'], 28)));
    expect(flat).toContain('28日間');
    expect(flat).toContain('1,700'); // 30 × 28 × 2 = 1,680 → 34 packs of 50
    expect(flat).toContain('34冊（50枚綴）');
    expect(flat).toContain('3階東病棟');
    expect(flat).toContain('ICU');
    expect(flat).toContain('1,812');
  });
});
