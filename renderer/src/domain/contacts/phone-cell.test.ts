import { describe, expect, it } from 'vitest';
import { readPhoneCell } from './phone-cell';

const read = (cell: string, column: Parameters<typeof readPhoneCell>[1] = 'external') => readPhoneCell(cell, column);

describe('readPhoneCell: a phone cell of a hospital staff list', () => {
  it('reads a number with words beside it, and keeps the words as a remark', () => {
    expect(read('03-1234-5678（代表）').phones).toEqual([{ label: 'external', number: '03-1234-5678', remark: '代表' }]);
    expect(read('090-1234-5678 ※緊急時のみ', 'mobile').phones).toEqual([{ label: 'mobile', number: '090-1234-5678', remark: '緊急時のみ' }]);
    expect(read('代表 0561244943').phones).toEqual([{ label: 'external', number: '0561-24-4943', remark: '代表' }]);
    expect(read('TEL：０１１－２３４－５６７８').phones).toEqual([{ label: 'external', number: '011-234-5678' }]);
  });

  it('makes two entries of two numbers in one cell, whatever separates them', () => {
    const two = [
      { label: 'external', number: '03-1111-2222' },
      { label: 'external', number: '090-1111-2222' },
    ];
    for (const cell of ['03-1111-2222 / 090-1111-2222', '03-1111-2222／09011112222', '03-1111-2222、090-1111-2222', '03-1111-2222\n090-1111-2222', '03-1111-2222 090-1111-2222']) {
      expect(read(cell).phones, cell).toEqual(two);
    }
  });

  it('reads internal numbers written in an outside-line column as 内線 or PHS, with the night line as a second one', () => {
    expect(read('内線2101・夜間3000').phones).toEqual([
      { label: 'extension', number: '2101' },
      { label: 'extension', number: '3000', remark: '夜間' },
    ]);
    expect(read('ＰＨＳ ３４５６').phones).toEqual([{ label: 'phs', number: '3456' }]);
    expect(read('2101', 'extension').phones).toEqual([{ label: 'extension', number: '2101' }]);
  });

  it('accepts full-width digits, any dash and no hyphens at all', () => {
    expect(read('０３－１２３４－５６７８').phones).toEqual([{ label: 'external', number: '03-1234-5678' }]);
    expect(read('０５６１ー２４ー４９４３').phones).toEqual([{ label: 'external', number: '0561-24-4943' }]);
    expect(read('0112345678').phones).toEqual([{ label: 'external', number: '011-234-5678' }]);
    expect(read('09012345678', 'mobile').phones).toEqual([{ label: 'mobile', number: '090-1234-5678' }]);
    for (const [cell, number] of [['0120444444', '0120-444-444'], ['0570064556', '0570-064-556'], ['08001234567', '0800-123-4567'], ['05011112222', '050-1111-2222'], ['02012345678', '020-1234-5678']]) {
      expect(read(cell ?? '').phones, cell).toEqual([{ label: 'external', number }]);
    }
    expect(read('03-1234-5678（内線１２３）').phones).toEqual([{ label: 'external', number: '03-1234-5678 内線123' }]);
  });

  it('keeps a typo or a number outside the numbering plan exactly as written, marked to be checked', () => {
    expect(read('03-1234-567').phones).toEqual([{ label: 'external', number: '03-1234-567', asWritten: true }]);
    // 11 digits cannot be a Tokyo fixed line.
    expect(read('03123456789').phones).toEqual([{ label: 'external', number: '03123456789', asWritten: true }]);
    expect(read('０３－１２３４－５６７８９').phones).toEqual([{ label: 'external', number: '０３－１２３４－５６７８９', asWritten: true }]);
    expect(read('03-1111-2222 / 090-1111-222').phones).toEqual([
      { label: 'external', number: '03-1111-2222' },
      { label: 'external', number: '090-1111-222', asWritten: true },
    ]);
  });

  it('keeps text without any digit for the notes, and reads a dash or 「なし」 as no number', () => {
    expect(read('不明')).toEqual({ phones: [], texts: ['不明'] });
    expect(read('院長室に確認')).toEqual({ phones: [], texts: ['院長室に確認'] });
    expect(read('－')).toEqual({ phones: [], texts: [] });
    expect(read('なし')).toEqual({ phones: [], texts: [] });
    expect(read('')).toEqual({ phones: [], texts: [] });
    expect(read('03-1234-5678 / 代表').phones).toEqual([{ label: 'external', number: '03-1234-5678', remark: '代表' }]);
  });
});
