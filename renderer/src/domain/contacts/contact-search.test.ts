import { describe, expect, it } from 'vitest';
import { contactSchema, emptyContactFields, type Contact } from './contact';
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


const person = (id: string, name: string, phones: { label: 'external' | 'mobile'; number: string; asWritten?: true }[]): Contact => ({
  ...contactSchema.parse({ ...emptyContactFields(), name, phones }),
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'テスト',
});

describe('searching contacts by number', () => {
  const index = buildContactSearchIndex([
    person('a', '青木 一郎', [{ label: 'external', number: '0561244943' }]),
    person('b', '石井 二郎', [{ label: 'external', number: '03-1234-567', asWritten: true }]),
  ]);

  it('finds a number stored by the numbering plan however it is typed', () => {
    expect(index.entries[0]?.contact.phones[0]?.number).toBe('0561-24-4943');
    for (const query of ['0561244943', '0561-24-4943', '０５６１－２４－４９４３', '24-4943']) {
      expect(searchContacts(index, query).map((c) => c.id), query).toEqual(['a']);
    }
  });

  it('finds a number kept as written by an import', () => {
    expect(searchContacts(index, '031234567').map((c) => c.id)).toEqual(['b']);
  });
});
