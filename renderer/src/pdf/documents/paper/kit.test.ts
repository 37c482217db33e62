import { describe, expect, it } from 'vitest';
import { formFixture, ledgerFixture, paperContext, procedureFixture } from '../../../domain/testing/paper-fixtures';
import type { PdfDocument } from '../../frame';
import { poppler, printedText, type PrintedText } from '../../testing/printed-text';
import { buildDepartmentKitDocument, buildHospitalKitDocument, type KitInput } from './kit';

let n = 0;
const render = (doc: PdfDocument): Promise<PrintedText> => printedText(doc, `kit-${n++}.pdf`);

const formTitles = new Map([['form-1', '外来受付票']]);

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
