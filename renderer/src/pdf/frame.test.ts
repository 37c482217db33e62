import { describe, expect, it } from 'vitest';
import type { PrintContext } from '../domain/print-context';
import type { Content } from './doc-types';
import { buildFramedDocument, DEMO_MARK, toPdfmakeDefinition, type PageSize } from './frame';
import { dataTable, TABLE_LAYOUT, TABLE_LAYOUTS } from './table-layouts';

const A4: PageSize = { width: 595.28, height: 841.89 };

const ctx: PrintContext = {
  facilityName: 'みなと総合病院',
  documentTitle: '連絡先一覧',
  version: '第3版',
  printedAt: new Date(2026, 10, 21, 9, 0),
  demo: false,
};

/** Every printed string in a content tree (plain strings and `text` values), in order. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) =>
      key === 'text' || key === 'stack' || key === 'columns' || key === 'table' || key === 'body' ? texts(value) : [],
    );
  }
  return [];
}

type HeaderFn = (current: number, total: number, size: PageSize) => Content;

function frameOf(context: PrintContext) {
  const def = toPdfmakeDefinition(buildFramedDocument(context, 'body'));
  return { def, header: def['header'] as HeaderFn, footer: def['footer'] as HeaderFn };
}

describe('page frame', () => {
  it('puts facility, title and the confidentiality mark in the header', () => {
    const { header } = frameOf(ctx);
    expect(texts(header(1, 3, A4))).toEqual(['みなと総合病院', '連絡先一覧', '取扱注意']);
  });

  it('puts version, print date in 和暦 and 西暦, and 「x / y ページ」 in the footer', () => {
    const { footer } = frameOf(ctx);
    expect(texts(footer(2, 3, A4))).toEqual(['版：第3版', '印刷日：令和8年11月21日（2026年11月21日）', '2 / 3 ページ']);
  });

  it('uses the facility label, falling back to 取扱注意 when blank', () => {
    expect(texts(frameOf({ ...ctx, confidentialityLabel: '院外秘' }).header(1, 1, A4))).toContain('院外秘');
    expect(texts(frameOf({ ...ctx, confidentialityLabel: '  ' }).header(1, 1, A4))).toContain('取扱注意');
  });

  it('marks demo documents in the header, the watermark and the title', () => {
    const doc = buildFramedDocument({ ...ctx, demo: true }, 'body');
    expect(doc.watermark?.text).toBe(DEMO_MARK);
    expect(doc.info.title).toBe('連絡先一覧（サンプルデータ）');
    expect(texts(frameOf({ ...ctx, demo: true }).header(1, 1, A4))).toContain(DEMO_MARK);
    expect(buildFramedDocument(ctx, 'body').watermark).toBeUndefined();
  });

  it('draws header and footer rules exactly across the text width', () => {
    const { header } = frameOf(ctx);
    const rule = JSON.stringify(header(1, 1, { width: 842, height: 595 }));
    expect(rule).toContain('"x2":762'); // 842 − 40 − 40 in landscape
  });

  it('is A4 Japanese with Noto Sans JP, frame styles and metadata; landscape on request', () => {
    const { def } = frameOf(ctx);
    expect(def).toMatchObject({
      pageSize: 'A4',
      pageOrientation: 'portrait',
      language: 'ja-JP',
      defaultStyle: { font: 'NotoSansJP' },
      info: { title: '連絡先一覧', subject: 'みなと総合病院 連絡先一覧', creator: 'BCP Workbook' },
    });
    expect(Object.keys(def['styles'] as object)).toEqual(expect.arrayContaining(['title', 'h1', 'h2', 'tableHeader', 'small']));
    expect(buildFramedDocument(ctx, 'x', { orientation: 'landscape' }).pageOrientation).toBe('landscape');
  });

  it('gives pdfmake a copy, so rendering cannot alter the document', () => {
    const doc = buildFramedDocument(ctx, [{ text: 'a' }]);
    const def = toPdfmakeDefinition(doc);
    (def['content'] as { text: string }[])[0]!.text = 'changed';
    expect(doc.content).toEqual([{ text: 'a' }]);
  });

  it('reports the page count through the footer hook', () => {
    let pages = 0;
    const def = toPdfmakeDefinition(buildFramedDocument(ctx, 'x'), { onPageCount: (n) => (pages = n) });
    (def['footer'] as HeaderFn)(1, 4, A4);
    expect(pages).toBe(4);
  });
});

describe('table helpers', () => {
  it('repeat the header row on every page and keep rows whole', () => {
    const table = dataTable({ header: ['氏名', '電話'], rows: [['山田', '内線 123']] });
    expect(table.table).toMatchObject({ headerRows: 1, dontBreakRows: true, widths: ['*', '*'] });
    expect(table.table.body[0]).toEqual([
      { text: '氏名', style: 'tableHeader' },
      { text: '電話', style: 'tableHeader' },
    ]);
    expect(TABLE_LAYOUTS[table.layout ?? '']).toBeDefined();
  });

  it('registers every named layout', () => {
    for (const name of Object.values(TABLE_LAYOUT)) expect(TABLE_LAYOUTS[name]).toBeDefined();
  });
});
