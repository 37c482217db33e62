import { describe, expect, it } from 'vitest';
import { normalizePhone } from './phone';

const ok = (raw: string) => {
  const result = normalizePhone(raw);
  return result.ok ? result.value : 'INVALID';
};

describe('normalizePhone', () => {
  it('turns full-width digits, any dash and spaces into the standard form', () => {
    expect(ok('０３－１２３４－５６７８')).toBe('03-1234-5678');
    expect(ok('０３ー１２３４ー５６７８')).toBe('03-1234-5678');
    expect(ok(' 0312345678 ')).toBe('03-1234-5678');
    expect(ok('(06)1234-5678')).toBe('06-1234-5678');
    expect(ok('+81 3 1234 5678')).toBe('03-1234-5678');
  });
  it('hyphenates toll-free, navi-dial, mobile and IP numbers', () => {
    expect(ok('0120123456')).toBe('0120-123-456');
    expect(ok('０５７０－０００－３３３')).toBe('0570-000-333');
    expect(ok('08001234567')).toBe('0800-123-4567');
    expect(ok('09012345678')).toBe('090-1234-5678');
    expect(ok('080 1234 5678')).toBe('080-1234-5678');
    expect(ok('07012345678')).toBe('070-1234-5678');
    expect(ok('05012345678')).toBe('050-1234-5678');
  });
  it('groups fixed lines by their area code in the numbering plan, however they were typed', () => {
    expect(ok('0561244943')).toBe('0561-24-4943');
    expect(ok('0112345678')).toBe('011-234-5678');
    expect(ok('0451234567')).toBe('045-123-4567');
    expect(ok('0499212345')).toBe('04992-1-2345');
    expect(ok('0466-12-3456')).toBe('0466-12-3456');
    expect(ok('0466123456')).toBe('0466-12-3456');
    expect(ok('056-124-4943')).toBe('0561-24-4943');
    expect(ok('０５６１２４４９４３')).toBe('0561-24-4943');
  });
  it('hyphenates 10- and 11-digit numbers typed without hyphens by their kind', () => {
    expect(ok('0120444444')).toBe('0120-444-444');
    expect(ok('0570064556')).toBe('0570-064-556');
    expect(ok('08001234567')).toBe('0800-123-4567');
    expect(ok('05011112222')).toBe('050-1111-2222');
    expect(ok('02012345678')).toBe('020-1234-5678');
    expect(ok('07012345678')).toBe('070-1234-5678');
  });
  it('refuses numbers the numbering plan does not allocate', () => {
    for (const bad of ['03-0000-1111', '03123456789', '0561-24-49431', '000-123-4567', '0120-123-4567']) expect(ok(bad), bad).toBe('INVALID');
  });
  it('groups 壱岐・対馬 (0920) as a 4-digit area code, not as 福岡 (092)', () => {
    expect(ok('0920471234')).toBe('0920-47-1234');
    expect(ok('0920-47-1234')).toBe('0920-47-1234');
    expect(ok('0921234567')).toBe('092-123-4567');
  });
  it('accepts an internal number typed with its label (as the error message suggests) and stores the digits', () => {
    expect(ok('内線 2101')).toBe('2101');
    expect(ok('内線2101')).toBe('2101');
    expect(ok('ＰＨＳ ３４５６')).toBe('3456');
    expect(ok('PHS 3456')).toBe('3456');
    expect(ok('内：2101')).toBe('2101');
  });
  it('accepts an extension in full- or half-width brackets after a main number', () => {
    expect(ok('03-1234-5678（内線123）')).toBe('03-1234-5678 内線123');
    expect(ok('03-1234-5678 (内線 123)')).toBe('03-1234-5678 内線123');
    expect(ok('0312345678（内）123')).toBe('03-1234-5678 内線123');
  });
  it('gives the same value when a stored number is checked again', () => {
    for (const stored of ['03-1234-5678 内線123', '2101', '0920-47-1234', '0120-123-456']) expect(ok(stored)).toBe(stored);
  });
  it('keeps internal numbers (内線, PHS) of 3–6 digits and extensions after a main number', () => {
    expect(ok('２１０１')).toBe('2101');
    expect(ok('7101')).toBe('7101');
    expect(ok('03-1234-5678 内線 123')).toBe('03-1234-5678 内線123');
    expect(ok('03-1234-5678（内）４５６７')).toBe('03-1234-5678 内線4567');
    expect(ok('0312345678 ext.123456')).toBe('03-1234-5678 内線123456');
  });
  it('accepts short service numbers such as #9110 and 110', () => {
    expect(ok('＃９１１０')).toBe('#9110');
    expect(ok('110')).toBe('110');
  });
  it('accepts an empty number (still to be filled in)', () => {
    expect(ok('  ')).toBe('');
  });
  it('rejects garbage', () => {
    for (const bad of ['abc', '03-1234-567', '090-1234-56789', '12', '1234567', '03-1234-5678 内線12', '0120-12-345', '電話してください', '00-1234-5678', '0901234567', '内線 12', '内線 abc', 'PHS 03-1234-5678', '内線', '内科 2101']) {
      expect(ok(bad), bad).toBe('INVALID');
    }
  });
});
