import { describe, expect, it } from 'vitest';
import { compareContacts, contactSchema, sortContacts } from './contacts/contact';
import { isValidReading, toKatakanaReading, widenHalfWidthKatakana } from './kana';

describe('フリガナ', () => {
  it('stores hiragana, katakana and half-width katakana as full-width katakana', () => {
    expect(toKatakanaReading('さとう　けんいち')).toBe('サトウ ケンイチ');
    expect(toKatakanaReading('ｻﾄｳ ｹﾝｲﾁ')).toBe('サトウ ケンイチ');
    expect(toKatakanaReading('ガッコウ')).toBe('ガッコウ');
    expect(toKatakanaReading('ﾊﾟｯｸｽ')).toBe('パックス');
  });
  it('accepts kana readings and rejects kanji', () => {
    expect(isValidReading(toKatakanaReading('いりょう ISAC'))).toBe(true);
    expect(isValidReading(toKatakanaReading('佐藤'))).toBe(false);
    const parsed = contactSchema.safeParse({ kind: 'staff', name: '佐藤', furigana: '佐藤' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('contacts.validation.furigana');
  });
  it('widens half-width katakana in free text only', () => {
    expect(widenHalfWidthKatakana('ｻﾝﾌﾟﾙ ABC 123')).toBe('サンプル ABC 123');
  });
  it('sorts in 五十音 order whatever script the reading was typed in, with the name as tiebreaker (Latin before kana, as JIS X 4061)', () => {
    const people = [
      { name: '渡辺', furigana: 'わたなべ' },
      { name: '青木', furigana: 'アオキ' },
      { name: '佐藤 B', furigana: 'ｻﾄｳ' },
      { name: '加藤', furigana: 'かとう' },
      { name: '佐藤 A', furigana: 'サトウ' },
      { name: 'ＰＡＣＳ窓口', furigana: '' },
    ];
    expect(sortContacts(people).map((p) => p.name)).toEqual(['ＰＡＣＳ窓口', '青木', '加藤', '佐藤 A', '佐藤 B', '渡辺']);
    expect(compareContacts(people[4]!, people[2]!)).toBeLessThan(0);
  });
});
