import { describe, expect, it } from 'vitest';
import { emptyContactFields, type Contact } from './contact';
import { buildContactSearchIndex, searchContacts } from './contact-search';

describe('contact search', () => {
  const contact = (name: string, furigana: string, number: string): Contact => ({
    ...emptyContactFields(),
    id: name,
    createdAt: '',
    updatedAt: '',
    updatedBy: '',
    name,
    furigana,
    department: '情報システム室',
    phones: [{ label: 'mobile', number }],
  });

  const index = buildContactSearchIndex([contact('髙橋 真理子', 'タカハシ マリコ', '090-1234-5602'), contact('山﨑 大輔', 'ヤマサキ ダイスケ', '090-1234-5603')]);
  it.each([
    ['たかはし', ['髙橋 真理子']],
    ['ﾀｶﾊｼ', ['髙橋 真理子']],
    ['高橋', ['髙橋 真理子']],
    ['山崎', ['山﨑 大輔']],
    ['09012345603', ['山﨑 大輔']],
    ['５６０２', ['髙橋 真理子']],
    ['情報 やまさき', ['山﨑 大輔']],
    ['', ['髙橋 真理子', '山﨑 大輔']],
  ])('%s', (query, names) => {
    expect(searchContacts(index, query).map((c) => c.name)).toEqual(names);
  });
});
