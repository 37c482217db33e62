import { describe, expect, it } from 'vitest';
import { emptyContactFields, sortContacts, type Contact, type ContactKind } from './contact';
import { groupedSearchIndex, withGroupCaptions } from './contact-groups';
import { buildContactSearchIndex, runContactSearch } from './contact-search';

const contact = (name: string, furigana: string, kind: ContactKind, department: string): Contact => ({
  ...emptyContactFields(),
  id: name,
  createdAt: '',
  updatedAt: '',
  updatedBy: '',
  name,
  furigana,
  kind,
  department,
});

const contacts = sortContacts([
  contact('和田 恵', 'ワダ メグミ', 'staff', '看護部'),
  contact('佐藤 博', 'サトウ ヒロシ', 'vendor', ''),
  contact('伊藤 亮', 'イトウ リョウ', 'staff', '医事課'),
  contact('阿部 隆', 'アベ タカシ', 'vendor', '情報システム室'),
  contact('森 直樹', 'モリ ナオキ', 'staff', ''),
]);
const caption = (key: string) => `【${key || 'なし'}】`;
const listed = (grouping: 'kind' | 'department', query: string) => {
  const grouped = groupedSearchIndex(buildContactSearchIndex(contacts), grouping);
  return withGroupCaptions(runContactSearch(grouped.index, query).entries, grouped.groups, caption).map((item) => (typeof item === 'string' ? item : item.name));
};

describe('the contact list by group', () => {
  it('lists kinds in their fixed order, each in 五十音 order, each led by its caption', () => {
    expect(listed('kind', '')).toEqual(['【staff】', '伊藤 亮', '森 直樹', '和田 恵', '【vendor】', '阿部 隆', '佐藤 博']);
  });

  it('lists departments in 五十音 order with no department last', () => {
    expect(listed('department', '')).toEqual(['【医事課】', '伊藤 亮', '【看護部】', '和田 恵', '【情報システム室】', '阿部 隆', '【なし】', '佐藤 博', '森 直樹']);
  });

  it('captions only the groups that have a match', () => {
    expect(listed('kind', 'たかし')).toEqual(['【vendor】', '阿部 隆']);
    expect(listed('department', 'さとう')).toEqual(['【なし】', '佐藤 博']);
  });
});
