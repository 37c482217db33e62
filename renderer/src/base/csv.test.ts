import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCp932 } from './csv-encoding';
import { parseCsv, serializeCsv, unescapeCell } from './csv';

describe('CSV text as Excel writes it (papaparse underneath)', () => {
  it('reads a tab-separated file (Excel’s テキスト（タブ区切り）) with quoted cells', () => {
    expect(parseCsv('氏名\t電話\r\n"髙橋\t一郎"\t03-1234-5678\r\n')).toEqual({ ok: true, delimiter: '\t', rows: [['氏名', '電話'], ['髙橋\t一郎', '03-1234-5678']] });
  });

  it('never takes a semicolon or bar for the separator', () => {
    expect(parseCsv('氏名;電話\r\n山田;03\r\n')).toEqual({ ok: true, delimiter: ',', rows: [['氏名;電話'], ['山田;03']] });
  });

  it('reads LF-only and CR-only files, and CRLF files with LF line breaks inside a cell', () => {
    expect(parseCsv('a,b\nc,d\n')).toMatchObject({ ok: true, rows: [['a', 'b'], ['c', 'd']] });
    expect(parseCsv('a,b\rc,d')).toMatchObject({ ok: true, rows: [['a', 'b'], ['c', 'd']] });
    expect(parseCsv('a,b\r\n"1行目\n2行目",x\r\n')).toMatchObject({ ok: true, rows: [['a', 'b'], ['1行目\n2行目', 'x']] });
  });

  it('keeps white space inside cells and reads a line of spaces as a row (so a column check can report it)', () => {
    expect(parseCsv('a,b\r\n  \r\n" x ",y \r\n')).toMatchObject({ ok: true, rows: [['a', 'b'], ['  '], [' x ', 'y ']] });
  });

  it('reports a quoted cell followed by more text, and an unterminated quote, with the line they start on', () => {
    expect(parseCsv('a,b\r\nc,d\r\n"ab"c,d\r\n')).toEqual({ ok: false, reason: 'stray-quote', line: 3 });
    expect(parseCsv('a,b\r\nc,"d\r\ne,f\r\n')).toEqual({ ok: false, reason: 'unterminated-quote', line: 2 });
  });

  it('quotes what needs quoting, including tabs and full-width spaces at either end', () => {
    expect(serializeCsv([['a', 'b,c', 'd"e', 'f\ng', ' h', 'i\tj', '\u3000k', '山田']])).toBe('a,"b,c","d""e","f\ng"," h","i\tj","\u3000k",山田\r\n');
    expect(serializeCsv([['', ''], ['x']])).toBe(',\r\nx\r\n');
  });

  it('reads back exactly what it writes under a header, whatever the cells hold', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '髙', ',', '"', '\n', '\r', '\t', ' ', '\u3000', '=', '+', '-', '@', "'", 'ｶ'), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (data) => {
        // The first line tells comma from tab, so it is a header, as in every file the workbook reads.
        const rows = [['氏名', '電話'], ...data];
        const parsed = parseCsv(serializeCsv(rows));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.rows.map((row) => row.map(unescapeCell))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});

describe('CP932 encoding', () => {
  const sjis = new TextDecoder('shift_jis');

  it('writes every character CP932 holds so that Windows reads back the same text', () => {
    const all: string[] = [];
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        const ch = sjis.decode(Uint8Array.from([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd') all.push(ch);
      }
    }
    const text = all.join('') + 'ｱｲｳﾝﾟ abc\r\n\u0000';
    const encoded = encodeCp932(text);
    expect(encoded.ok && sjis.decode(encoded.bytes)).toBe(text);
  });

  it('writes look-alikes typed on a Mac under the code Windows uses, and names each missing character once', () => {
    const encoded = encodeCp932('〜−‖');
    expect(encoded.ok && sjis.decode(encoded.bytes)).toBe('～－∥');
    expect(encodeCp932('鷗外と鷗\ud800')).toEqual({ ok: false, unmappable: ['鷗', '\ud800'] });
    const replaced = encodeCp932('🍚と鷗', '?');
    expect(replaced.ok && sjis.decode(replaced.bytes)).toBe('?と?');
  });
});
