import { describe, expect, it } from 'vitest';
import { markupToPlainText, parseInline, parseMarkup } from './step-markup';

describe('procedure step markup', () => {
  it('turns 「- 」 and 「・」 lines into one bullet list', () => {
    expect(parseMarkup('- 外来受付票\n・診察券\n- ボールペン')).toEqual([
      {
        kind: 'bullets',
        items: [[{ text: '外来受付票', bold: false }], [{ text: '診察券', bold: false }], [{ text: 'ボールペン', bold: false }]],
      },
    ]);
  });

  it('turns 「1. 」 lines into a numbered list and keeps paragraphs apart', () => {
    const blocks = parseMarkup('受付では次の順に行う。\n\n1. 氏名を聞く\n2．仮番号を渡す\n\n終わったら報告する。');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'numbered', 'paragraph']);
    expect(blocks[1]).toEqual({
      kind: 'numbered',
      items: [
        { number: 1, line: [{ text: '氏名を聞く', bold: false }] },
        { number: 2, line: [{ text: '仮番号を渡す', bold: false }] },
      ],
    });
  });

  it('never reads a decimal at the start of a line as a list number (0.5mL must not print as 「1. 5mL」)', () => {
    for (const text of ['0.5mLずつ追加する', '1.5時間ごとに血圧を確認', '2)3回目は医師に連絡', '0．5mLずつ追加する', '1）5分待つ']) {
      expect(parseMarkup(text)).toEqual([{ kind: 'paragraph', lines: [[{ text, bold: false }]] }]);
    }
    expect(markupToPlainText('0.5mLずつ追加する')).toBe('0.5mLずつ追加する');
  });

  it('keeps the numbers staff typed instead of renumbering from 1', () => {
    const [block] = parseMarkup('3. 採血する\n5) 点滴を開始する\n7．記録する');
    expect(block).toEqual({
      kind: 'numbered',
      items: [
        { number: 3, line: [{ text: '採血する', bold: false }] },
        { number: 5, line: [{ text: '点滴を開始する', bold: false }] },
        { number: 7, line: [{ text: '記録する', bold: false }] },
      ],
    });
  });

  it('keeps consecutive plain lines as one paragraph with line breaks', () => {
    expect(parseMarkup('一行目\n二行目')).toEqual([{ kind: 'paragraph', lines: [[{ text: '一行目', bold: false }], [{ text: '二行目', bold: false }]] }]);
  });

  it('marks **bold** spans and leaves an unmatched ** as typed', () => {
    expect(parseInline('必ず**原本**を保管する')).toEqual([
      { text: '必ず', bold: false },
      { text: '原本', bold: true },
      { text: 'を保管する', bold: false },
    ]);
    expect(parseInline('2**3 は累乗')).toEqual([{ text: '2**3 は累乗', bold: false }]);
    expect(parseInline('- **重要** と注意')).toEqual([
      { text: '- ', bold: false },
      { text: '重要', bold: true },
      { text: ' と注意', bold: false },
    ]);
  });

  it('treats HTML and links as plain text (nothing is ever interpreted as markup of the page)', () => {
    const blocks = parseMarkup('<img src="http://example.com/x.png"> [リンク](http://example.com)');
    expect(blocks).toEqual([
      { kind: 'paragraph', lines: [[{ text: '<img src="http://example.com/x.png"> [リンク](http://example.com)', bold: false }]] },
    ]);
  });

  it('gives empty text no blocks and strips marks for plain text', () => {
    expect(parseMarkup('\n  \n')).toEqual([]);
    expect(markupToPlainText('- **停止**を確認\n- 連絡')).toBe('停止を確認 連絡');
  });
});
