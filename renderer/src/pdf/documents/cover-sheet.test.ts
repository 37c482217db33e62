import { describe, expect, it } from 'vitest';
import { coverSheetFixture } from '../testing/fixtures';
import { poppler, printedText } from '../testing/printed-text';
import { buildCoverSheet } from './cover-sheet';

const renderToFile = (name: string, demo: boolean) => printedText(buildCoverSheet(coverSheetFixture({ demo })), name);

describe('cover sheet PDF', () => {
  it('is plain data that survives structured clone (it is posted to the worker)', () => {
    const doc = buildCoverSheet(coverSheetFixture());
    expect(structuredClone(doc)).toEqual(doc);
  });

  it('renders one A4 page with the frame texts in Japanese', async () => {
    const { path, pageCount, text, flat } = await renderToFile('cover.pdf', false);
    expect(pageCount).toBe(1);

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
    const { flat, pageCount } = await printedText(buildCoverSheet(input), 'cover-long.pdf');
    expect(pageCount).toBeGreaterThan(1);
    for (const expected of ['診療科80', '区分1', '区分60', '非常時の使い方', '版管理', `${pageCount}/${pageCount}ページ`]) {
      expect(flat).toContain(expected);
    }
  });

  it('marks demo data on the page and in the metadata', async () => {
    const { path, flat } = await renderToFile('cover-demo.pdf', true);
    expect(flat).toContain('サンプルデータ');
    expect(poppler('pdfinfo', path)).toMatch(/Title:\s+表紙（サンプルデータ）/);
  });
});
