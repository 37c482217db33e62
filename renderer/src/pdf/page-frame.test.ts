import { describe, expect, it } from 'vitest';
import type { PrintContext } from '../domain/print-context';
import { framePrintContext } from './testing/fixtures';
import { buildFramedDocument, DEMO_MARK, PAGE_MARGINS } from './frame';
import { fitText, layoutPageFrame, type FramePen, type FrameTextStyle, type PageSize } from './page-frame';
import { poppler, printedText, squash } from './testing/printed-text';

const ctx = framePrintContext;

const PORTRAIT: PageSize = { width: 595.28, height: 841.89 };
const LANDSCAPE: PageSize = { width: 841.89, height: 595.28 };

interface DrawnText {
  text: string;
  x: number;
  y: number;
  width: number;
  style: FrameTextStyle;
}

/** A pen that records what it is asked to draw; full-width characters are 1 em, others 0.6 em (close to Noto). */
function recordingPen() {
  const texts: DrawnText[] = [];
  const lines: { x1: number; x2: number; y: number }[] = [];
  const boxes: { x: number; w: number; fill?: string }[] = [];
  const widthOf = (text: string, style: FrameTextStyle) =>
    [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6), 0) * style.size;
  const pen: FramePen = {
    widthOf,
    text: (text, x, y, style) => texts.push({ text, x, y, style, width: widthOf(text, style) }),
    line: (x1, y1, x2) => lines.push({ x1, x2, y: y1 }),
    box: (x, _y, w, _h, _lw, _lc, fill) => boxes.push({ x, w, ...(fill ? { fill } : {}) }),
  };
  return { pen, texts, lines, boxes };
}

function drawn(context: PrintContext, page = PORTRAIT) {
  const rec = recordingPen();
  layoutPageFrame(rec.pen, buildFramedDocument(context, 'body').frame, page, PAGE_MARGINS)(2, 3);
  const header = rec.texts.filter((t) => t.y < 100).sort((a, b) => a.x - b.x);
  const footer = rec.texts.filter((t) => t.y > 100).sort((a, b) => a.x - b.x);
  return { ...rec, header, footer };
}

describe('page frame', () => {
  it('puts facility, title and the confidentiality mark in the header, left to right', () => {
    expect(drawn(ctx).header.map((t) => t.text)).toEqual(['みなと総合病院', '連絡先一覧', '取扱注意']);
  });

  it('puts 版, the print date in 和暦 and 西暦, and 「x / y ページ」 in the footer, the page number flush right', () => {
    const { footer } = drawn(ctx);
    expect(footer.map((t) => t.text)).toEqual(['版：第3版', '印刷日：令和8年11月21日（2026年11月21日）', '2 / 3 ページ']);
    const pageNumber = footer[2]!;
    expect(pageNumber.x + pageNumber.width).toBeCloseTo(595.28 - 40);
  });

  it('uses the facility label, falling back to 取扱注意 when blank', () => {
    expect(drawn({ ...ctx, confidentialityLabel: '院外秘' }).header.map((t) => t.text)).toContain('院外秘');
    expect(drawn({ ...ctx, confidentialityLabel: '  ' }).header.map((t) => t.text)).toContain('取扱注意');
  });

  it('marks demo documents with a filled サンプルデータ box before the label', () => {
    const { header, boxes } = drawn({ ...ctx, demo: true });
    expect(header.map((t) => t.text)).toEqual(['みなと総合病院', '連絡先一覧', DEMO_MARK, '取扱注意']);
    expect(boxes).toHaveLength(2);
    expect(boxes[0]!.fill).toBeDefined();
    expect(boxes[1]!.fill).toBeUndefined();
    expect(boxes[1]!.x + boxes[1]!.w).toBeCloseTo(595.28 - 40);
  });

  it('draws header and footer rules exactly across the text width, in portrait and landscape', () => {
    for (const page of [PORTRAIT, LANDSCAPE]) {
      const { lines } = drawn(ctx, page);
      expect(lines).toHaveLength(2);
      for (const line of lines) expect([line.x1, line.x2]).toEqual([40, page.width - 40]);
      expect(lines[1]!.y).toBeGreaterThan(page.height - PAGE_MARGINS[3]);
    }
  });

  it('keeps a very long facility name on its line: smaller first, then shortened with 「…」, never over the title', () => {
    const longName = '独立行政法人 地域医療機能推進機構 みなと総合医療センター附属病院 本館・東館・西館・救命救急センター・健診センター';
    const { header } = drawn({ ...ctx, facilityName: longName, demo: true });
    const [facility, title] = header;
    expect(facility!.text.endsWith('…')).toBe(true);
    expect(longName.startsWith(facility!.text.slice(0, -1))).toBe(true);
    expect(facility!.style.size).toBeLessThan(8);
    expect(facility!.x + facility!.width).toBeLessThan(title!.x);
    expect(title!.text).toBe('連絡先一覧');
  });

  it('measures and fits once per page size; each further page only measures its page number', () => {
    const rec = recordingPen();
    let measured = 0;
    const pen: FramePen = { ...rec.pen, widthOf: (text, style) => (measured++, rec.pen.widthOf(text, style)) };
    const frame = layoutPageFrame(pen, buildFramedDocument({ ...ctx, demo: true }, 'body').frame, PORTRAIT, PAGE_MARGINS);
    frame(1, 3);
    const afterFirst = measured;
    frame(2, 3);
    frame(3, 3);
    expect(measured - afterFirst).toBe(2);
    expect(rec.texts.filter((t) => t.text.endsWith('ページ')).map((t) => t.text)).toEqual(['1 / 3 ページ', '2 / 3 ページ', '3 / 3 ページ']);
  });

  it('shrinks a name only as far as needed', () => {
    const { pen } = recordingPen();
    const style = { size: 8, bold: false, color: '#000' };
    expect(fitText(pen, '病院', style, 100)).toMatchObject({ text: '病院', style: { size: 8 } });
    expect(fitText(pen, '病院病院', style, 30)).toMatchObject({ text: '病院病院', style: { size: 7.5 } });
    expect(fitText(pen, '病院', style, 0)).toMatchObject({ text: '' });
  });
});

describe('page frame in a rendered PDF', () => {
  it('is on every page with its own page number, in the two embedded fonts the content uses', async () => {
    const body = Array.from({ length: 3 }, (_, i) => ({ text: `第${i + 1}章`, ...(i > 0 ? { pageBreak: 'before' as const } : {}) }));
    const doc = buildFramedDocument({ ...ctx, demo: true }, body);
    const { pages, pageCount, path } = await printedText(doc, 'frame.pdf');
    expect(pageCount).toBe(3);
    expect(pages).toHaveLength(3);
    pages.forEach((page, i) => {
      const flat = squash(page);
      for (const expected of ['みなと総合病院', '連絡先一覧', DEMO_MARK, '取扱注意', '版：第3版', '印刷日：令和8年11月21日', `${i + 1}/3ページ`, `第${i + 1}章`]) {
        expect(flat).toContain(expected);
      }
    });
    const fonts = poppler('pdffonts', path).split('\n').slice(2).filter(Boolean);
    expect(fonts).toHaveLength(2);
  });

  it('frames a page with nothing else on it', async () => {
    const { flat } = await printedText(buildFramedDocument(ctx, []), 'empty.pdf');
    expect(flat).toContain('みなと総合病院');
    expect(flat).toContain('1/1ページ');
  });
});
