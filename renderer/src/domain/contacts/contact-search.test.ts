import { describe, expect, it } from 'vitest';
import { contactSchema, emptyContactFields, type Contact } from './contact';
import { buildContactSearchIndex, runContactSearch, type ContactSearch, type ContactSearchIndex } from './contact-search';

/** A search from scratch: the contacts found, in list order. */
const searchContacts = (index: ContactSearchIndex, query: string): Contact[] => runContactSearch(index, query).entries.map((e) => e.contact);

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

describe('searching while a query is typed on', () => {
  const index = buildContactSearchIndex([
    person('ga', '長谷川 学', [{ label: 'mobile', number: '090-1111-2222' }]),
    person('ka', '加藤 和也', [{ label: 'mobile', number: '090-3333-4444' }]),
    { ...person('kk', '片山 健', [{ label: 'external', number: '03-5555-6666' }]), furigana: 'カタヤマ ケン' },
    { ...person('gk', '学 花子', []), furigana: 'ガク ハナコ' },
  ]);
  const typed = (keystrokes: readonly string[]) => {
    let previous: ContactSearch | null = null;
    return keystrokes.map((query) => {
      previous = runContactSearch(index, query, previous);
      return previous.entries.map((e) => e.contact.id);
    });
  };
  const fresh = (keystrokes: readonly string[]) => keystrokes.map((query) => searchContacts(index, query).map((c) => c.id));

  it.each([
    ['one more character at a time', ['ｶ', 'ｶﾞ', 'ｶﾞｸ']],
    ['backspace and a different character', ['かた', 'か', 'かと']],
    ['a second term, then the first changed', ['090', '090 加', '090 加藤', '09 加藤', '']],
    ['full-width digits and hyphens typed on', ['０', '０９０－', '０９０－３３']],
    ['everything cleared, then typed again', ['学', '', 'が', 'がく']],
  ])('finds the same contacts as a fresh search: %s', (_case, keystrokes) => {
    expect(typed(keystrokes)).toEqual(fresh(keystrokes));
  });

  it('hands back the very same list when typing on kept every match, so the list has nothing to redo', () => {
    const zero = runContactSearch(index, '0');
    expect(runContactSearch(index, '09', zero).entries).not.toBe(zero.entries);
    const ninety = runContactSearch(index, '090', zero);
    expect(runContactSearch(index, '090-', ninety).entries).toBe(ninety.entries);
    expect(runContactSearch(index, '', null).entries).toBe(index.entries);
  });

  it('scans only the previous matches when the query only narrows, and only over the same list', () => {
    const wider = runContactSearch(index, '090');
    expect(runContactSearch(index, '090 3333', wider).entries.map((e) => e.contact.id)).toEqual(['ka']);
    // A previous search that (falsely) found nothing shows what was scanned: its matches only.
    const foundNothing = { ...wider, entries: [] };
    expect(runContactSearch(index, '090 3333', foundNothing).entries).toEqual([]);
    // Over a changed list, the previous search is not trusted.
    const changed = buildContactSearchIndex([...index.entries.map((e) => e.contact), person('new', '新井 三郎', [{ label: 'mobile', number: '090-3333-0000' }])]);
    expect(runContactSearch(changed, '090 3333', foundNothing).entries.map((e) => e.contact.id)).toEqual(['ka', 'new']);
  });
});
