import { describe, expect, it } from 'vitest';
import { A4, columnWidths, idFitsFirstColumn, SHEET_MARGINS, sheetLayout } from '../../../domain/paper/form-layout';
import { formTemplateSchema } from '../../../domain/paper/form-template';
import { reserveIds, resetNumbering, type TemporaryIdNumbering } from '../../../domain/paper/temporary-patient-ids';
import { PAGE_MARGINS } from '../../frame';
import { formFixture, ledgerFixture, paperContext } from '../../../domain/testing/paper-fixtures';
import { poppler, printedText, squash, type PrintedText } from '../../testing/printed-text';
import { buildBlankFormDocument, idsNeeded, type SheetRun } from './form';

let fileCounter = 0;
const render = (run: SheetRun): Promise<PrintedText> => printedText(buildBlankFormDocument({ context: paperContext, run }), `form-${fileCounter++}.pdf`);

describe('blank form PDF (白紙帳票)', () => {
  it('uses the page frame the layout calculation assumes', () => {
    expect([...SHEET_MARGINS]).toEqual(PAGE_MARGINS);
    expect(A4.width).toBeCloseTo(595.28);
  });

  it('prints the title, header fields, every column heading, signature boxes and notes on one A4 page', async () => {
    const form = formFixture();
    const { text, pageCount, path } = await render({ form, sheets: 1 });
    expect(pageCount).toBe(1);
    const flat = squash(text);
    for (const expected of ['外来受付票', '受付日', '記入者', '受付時刻', '患者ID（仮番号）', '氏名', '生年月日', '診療科', '確認者', '原本は医事課で保管', '1/1ページ']) {
      expect(flat).toContain(expected);
    }
    expect(poppler('pdfinfo', path)).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  });

  it('prints each sheet `copies` times, marked 1枚目（原本） and 2枚目（控え）', async () => {
    const { pages, pageCount } = await render({ form: formFixture({ copies: 2 }), sheets: 2 });
    expect(pageCount).toBe(4);
    expect(pages.map((p) => (squash(p).match(/\d枚目（(原本|控え)）/) ?? [''])[0])).toEqual(['1枚目（原本）', '2枚目（控え）', '1枚目（原本）', '2枚目（控え）']);
  });

  it('prints landscape forms on landscape A4', async () => {
    const { path, pageCount } = await render({ form: formFixture({ orientation: 'landscape', rowsPerPage: 12 }), sheets: 1 });
    expect(pageCount).toBe(1);
    expect(poppler('pdfinfo', path)).toMatch(/Page size:\s+841\.89 x 595\.28 pts/);
  });

  it.each([
    ['portrait, 60 blank rows', formFixture({ rowsPerPage: 60, headerFields: [], signatureBoxes: [], notes: '' })],
    ['portrait, full header and the most rows that fit', formFixture({ headerFields: Array.from({ length: 12 }, (_, i) => ({ label: `項目${i + 1}` })) })],
    ['landscape with signatures and long notes', formFixture({ orientation: 'landscape', notes: '注意事項を記入します。'.repeat(20) })],
    ['pre-numbered ledger', ledgerFixture()],
    ['long column headings that wrap', formFixture({ columns: Array.from({ length: 16 }, (_, i) => ({ label: `とても長い列の見出し${i}`, width: 1 })) })],
  ])('fits exactly one page per sheet at the limit: %s', async (_name, base) => {
    const maxRows = sheetLayout(base).maxRows;
    const form = { ...base, rowsPerPage: Math.min(60, Math.max(1, maxRows)) };
    expect(formTemplateSchema.safeParse(form).success).toBe(true);
    const block = form.numbering ? { first: 1, count: form.rowsPerPage * 2 } : undefined;
    const { pageCount } = await render({ form, sheets: 2, ...(block ? { block } : {}) });
    expect(pageCount).toBe(2);
  });

  const longTitle = '外来患者受付・仮患者番号払出・診療科振分記録票（紙運用時の受付から会計まで）'.slice(0, 60);
  it.each([
    ['a 28-character title with copies', formFixture({ title: longTitle.slice(0, 28), copies: 2 })],
    ['a 60-character title, 5 copies, the most rows', formFixture({ title: longTitle, copies: 5, rowsPerPage: 60 })],
    ['a long department and copy mark', formFixture({ title: longTitle.slice(0, 20), department: 'リハビリテーション科', copies: 2, rowsPerPage: 60 })],
    ['a 60-character department', formFixture({ department: '地域医療連携室・患者支援センター・入退院支援室・医療福祉相談室・がん相談支援センター'.slice(0, 60), rowsPerPage: 60 })],
    ['a 60-character ASCII title on landscape', formFixture({ title: 'Emergency department paper triage and registration log sheet', orientation: 'landscape', copies: 3, rowsPerPage: 60 })],
    ['a long-titled ledger', ledgerFixture({ title: longTitle, copies: 2, rowsPerPage: 60 })],
  ])('keeps every sheet on one page with %s', async (_name, base) => {
    const form = { ...base, rowsPerPage: Math.min(base.rowsPerPage, sheetLayout(base).maxRows) };
    expect(formTemplateSchema.safeParse(form).success).toBe(true);
    const block = form.numbering ? { first: 1, count: form.rowsPerPage * 2 } : undefined;
    const { path, pages } = await render({ form, sheets: 2, ...(block ? { block } : {}) });
    expect(Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', path))?.[1])).toBe(2 * form.copies);
    expect(squash(pages[0]!)).toContain(squash(form.title));
  });

  const sevenColumns = Array.from({ length: 7 }, (_, i) => ({ label: `列${i + 1}`, width: 1 }));

  it('refuses a ledger whose temporary IDs would run into the next column', () => {
    const numbering = resetNumbering({ prefix: '外来仮番号-', digits: 8, rangeStart: 1, rangeEnd: 99_999_999 });
    const result = formTemplateSchema.safeParse(ledgerFixture({ columns: sevenColumns, numbering }));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ path: ['columns', 0, 'width'], message: 'paper.validation.idTooWide' }));
    expect(formTemplateSchema.safeParse(ledgerFixture({ columns: [{ label: '仮患者番号', width: 2 }, ...sevenColumns.slice(1)], numbering })).success).toBe(true);
  });

  it.each(['仮-', '外来仮番号-', 'ER-', ''])('prints the longest accepted ID (prefix 「%s」, 9 digits) inside the first column', async (prefix) => {
    const numbering = resetNumbering({ prefix, digits: 9, rangeStart: 999_999_990, rangeEnd: 999_999_999 });
    // The narrowest first column the check accepts, in steps of 0.05.
    let first = 0.05;
    while (!idFitsFirstColumn({ orientation: 'portrait', columns: [{ label: '番号', width: first }, ...sevenColumns.slice(1)] }, numbering)) first += 0.05;
    const form = ledgerFixture({ columns: [{ label: '番号', width: first }, ...sevenColumns.slice(1)], numbering, rowsPerPage: 10 });
    expect(formTemplateSchema.safeParse(form).success).toBe(true);
    const { path } = await render({ form, sheets: 1, block: { first: 999_999_990, count: 10 } });
    const bbox = poppler('pdftotext', '-bbox', path, '-');
    const ends = [...bbox.matchAll(/xMax="([\d.]+)"[^>]*>[^<]*\d{9}</g)].map((m) => Number(m[1]));
    expect(ends).toHaveLength(10);
    const columnRight = SHEET_MARGINS[0] + 0.5 + 4 + columnWidths(form)[0]! + 0.5;
    for (const end of ends) expect(end).toBeLessThanOrEqual(columnRight);
  });

  it('refuses a design that cannot fit one sheet', () => {
    const result = formTemplateSchema.safeParse(ledgerFixture({ rowsPerPage: 60 }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain('paper.validation.rowsDoNotFit');
  });

  it('pre-numbers the ledger with temporary IDs unique across pages and print runs', async () => {
    let numbering: TemporaryIdNumbering = ledgerFixture().numbering!;
    const form = ledgerFixture();
    const seen: string[] = [];
    for (const sheets of [3, 2]) {
      const reservation = reserveIds(numbering, idsNeeded(form, sheets));
      if (!reservation.ok) throw new Error('range exhausted');
      numbering = reservation.numbering;
      const { text, pages } = await render({ form, sheets, block: reservation.block });
      expect(pages).toHaveLength(sheets);
      for (const page of pages) expect(page.match(/仮-\d{6}/g)).toHaveLength(form.rowsPerPage);
      seen.push(...(text.match(/仮-\d{6}/g) ?? []));
    }
    expect(seen).toHaveLength(5 * 25);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen[0]).toBe('仮-000001');
    expect(seen.at(-1)).toBe('仮-000125');
  });

  it('gives both copies of a pre-numbered sheet the same numbers (a carbon copy, not a new sheet)', async () => {
    const form = ledgerFixture({ copies: 2, rowsPerPage: 5 });
    const { pages } = await render({ form, sheets: 2, block: { first: 11, count: 10 } });
    const ids = pages.map((p) => p.match(/仮-\d{6}/g)?.join(','));
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(ids[0]).not.toBe(ids[2]);
  });
});
