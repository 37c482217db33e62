import { describe, expect, it } from 'vitest';
import { framePrintContext } from './testing/fixtures';
import { buildFramedDocument, DEMO_MARK, toPdfmakeDefinition } from './frame';

const ctx = framePrintContext;

describe('framed document', () => {
  it('marks demo documents in the watermark and the title (the header mark: page-frame.test.ts)', () => {
    const doc = buildFramedDocument({ ...ctx, demo: true }, 'body');
    expect(doc.watermark?.text).toBe(DEMO_MARK);
    expect(doc.info.title).toBe('連絡先一覧（サンプルデータ）');
    expect(buildFramedDocument(ctx, 'body').watermark).toBeUndefined();
  });

  it('is A4 Japanese with Noto Sans JP, frame styles and metadata; landscape on request', () => {
    const def = toPdfmakeDefinition(buildFramedDocument(ctx, 'body'));
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

  it('leaves the header and footer to page-frame.ts, learning only the page count from pdfmake', () => {
    let pages = 0;
    const def = toPdfmakeDefinition(buildFramedDocument(ctx, 'x'), { onPageCount: (n) => (pages = n) });
    expect(def['header']).toBeUndefined();
    const footer = def['footer'] as (current: number, total: number) => unknown;
    expect([1, 2, 3, 4].map((n) => footer(n, 4))).toEqual([null, null, null, null]);
    expect(pages).toBe(4);
  });
});
