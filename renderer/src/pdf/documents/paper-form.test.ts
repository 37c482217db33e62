import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { A4, SHEET_MARGINS, sheetLayout } from '../../domain/form-layout';
import { formTemplateSchema } from '../../domain/form-template';
import { reserveIds, type TemporaryIdNumbering } from '../../domain/temporary-patient-ids';
import { PAGE_MARGINS } from '../frame';
import { formFixture, ledgerFixture, paperContext } from '../testing/paper-fixtures';
import { renderPdfNode } from '../testing/render-node';
import { buildBlankFormDocument, idsNeeded, type SheetRun } from './paper-form';

const fontsDir = fileURLToPath(new URL('../../../../resources/fonts', import.meta.url));
const fonts = { dir: fontsDir, readFile: async (path: string) => readFile(path) };
const workDir = mkdtempSync(join(tmpdir(), 'bcp-paper-form-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

let fileCounter = 0;
async function render(run: SheetRun): Promise<{ text: string; pages: string[]; pageCount: number; path: string }> {
  const result = await renderPdfNode(buildBlankFormDocument({ context: paperContext, run }), fonts);
  const path = join(workDir, `form-${fileCounter++}.pdf`);
  writeFileSync(path, result.bytes);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { text, pages: text.split('\f').filter((p) => p.trim() !== ''), pageCount: result.pageCount, path };
}

const squash = (text: string) => text.replace(/\s+/g, '');

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
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  });

  it('prints each sheet `copies` times, marked 1枚目（原本） and 2枚目（控え）', async () => {
    const { pages, pageCount } = await render({ form: formFixture({ copies: 2 }), sheets: 2 });
    expect(pageCount).toBe(4);
    expect(pages.map((p) => (squash(p).match(/\d枚目（(原本|控え)）/) ?? [''])[0])).toEqual(['1枚目（原本）', '2枚目（控え）', '1枚目（原本）', '2枚目（控え）']);
  });

  it('prints landscape forms on landscape A4', async () => {
    const { path, pageCount } = await render({ form: formFixture({ orientation: 'landscape', rowsPerPage: 12 }), sheets: 1 });
    expect(pageCount).toBe(1);
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.89 x 595\.28 pts/);
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
