import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { coverSheetFixture } from '../testing/fixtures';
import { renderPdfNode } from '../testing/render-node';
import { buildCoverSheet } from './cover-sheet';

const fontsDir = fileURLToPath(new URL('../../../../resources/fonts', import.meta.url));
const fonts = { dir: fontsDir, readFile: async (path: string) => readFile(path) };
const workDir = mkdtempSync(join(tmpdir(), 'bcp-cover-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function renderToFile(name: string, demo: boolean): Promise<{ path: string; pageCount: number }> {
  const result = await renderPdfNode(buildCoverSheet(coverSheetFixture({ demo })), fonts);
  const path = join(workDir, name);
  writeFileSync(path, result.bytes);
  return { path, pageCount: result.pageCount };
}

const poppler = (tool: string, ...args: string[]): string => execFileSync(tool, args, { encoding: 'utf8' });
/** pdftotext -layout pads with spaces; compare on text with all whitespace removed. */
const squash = (text: string): string => text.replace(/\s+/g, '');

describe('cover sheet PDF', () => {
  it('is plain data that survives structured clone (it is posted to the worker)', () => {
    const doc = buildCoverSheet(coverSheetFixture());
    expect(structuredClone(doc)).toEqual(doc);
  });

  it('renders one A4 page with the frame texts in Japanese', async () => {
    const { path, pageCount } = await renderToFile('cover.pdf', false);
    expect(pageCount).toBe(1);

    const text = poppler('pdftotext', '-layout', path, '-');
    const flat = squash(text);
    expect(flat).toContain('社会医療法人さくら会みなと総合病院');
    expect(flat).toContain('事業継続計画（BCP）ワークブック');
    expect(flat).toContain('取扱注意');
    expect(text).toContain('1 / 1 ページ');
    expect(flat).toContain('令和8年11月21日（2026年11月21日）');
    expect(flat).toContain('令和8年度版');
    expect(flat).toContain('連絡先一覧');
    expect(flat).toContain('128件');
    expect(flat).toContain('情報システム室');
    expect(flat).toContain('承認者（署名）');
    expect(flat).not.toContain('サンプルデータ');

    const info = poppler('pdfinfo', path);
    expect(info).toMatch(/Creator:\s+BCP Workbook/);
    expect(info).toMatch(/Title:\s+表紙/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/Pages:\s+1/);
  });

  it('embeds Noto Sans JP as subsets', async () => {
    const { path } = await renderToFile('cover-fonts.pdf', false);
    const rows = poppler('pdffonts', path)
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    const noto = rows.filter((line) => /NotoSansJP-(Regular|Bold)/.test(line));
    expect(noto.map((line) => /NotoSansJP-(Regular|Bold)/.exec(line)?.[0]).sort()).toEqual(['NotoSansJP-Bold', 'NotoSansJP-Regular']);
    for (const line of rows) {
      // columns: name type encoding emb sub uni object-id; every font in the file must be an embedded subset
      expect(line).toMatch(/^[A-Z]{6}\+NotoSansJP-\w+\s+.*\syes\s+yes\s+yes\s/);
    }
  });

  it('flows a long binder over pages without losing anything (pdfmake drops over-tall unbreakable blocks)', async () => {
    const base = coverSheetFixture();
    const input = coverSheetFixture({
      facility: { ...base.facility, departments: Array.from({ length: 80 }, (_, i) => `診療科${i + 1}`) },
      sections: Array.from({ length: 60 }, (_, i) => ({ title: `区分${i + 1}`, count: i })),
    });
    const result = await renderPdfNode(buildCoverSheet(input), fonts);
    const path = join(workDir, 'cover-long.pdf');
    writeFileSync(path, result.bytes);
    const flat = squash(poppler('pdftotext', '-layout', path, '-'));
    expect(result.pageCount).toBeGreaterThan(1);
    for (const expected of ['診療科80', '区分1', '区分60', '非常時の使い方', '版管理', `${result.pageCount}/${result.pageCount}ページ`]) {
      expect(flat).toContain(expected);
    }
  });

  it('marks demo data on the page and in the metadata', async () => {
    const { path } = await renderToFile('cover-demo.pdf', true);
    expect(squash(poppler('pdftotext', '-layout', path, '-'))).toContain('サンプルデータ');
    expect(poppler('pdfinfo', path)).toMatch(/Title:\s+表紙（サンプルデータ）/);
  });
});
