import { describe, expect, it } from 'vitest';
import { matchesQuery, normalizeForSearch } from './search';

describe('normalizeForSearch', () => {
  it('ignores width, kana script, spaces, hyphens and variant kanji', () => {
    expect(normalizeForSearch('ﾀｶﾊｼ')).toBe(normalizeForSearch('たかはし'));
    expect(normalizeForSearch('０１２０－０００')).toBe('0120000');
    expect(normalizeForSearch('髙﨑 太郎')).toBe('高崎太郎');
  });
});

describe('matchesQuery', () => {
  it('needs every term somewhere', () => {
    expect(matchesQuery('さとう 情報', ['佐藤 健一', 'さとう けんいち', '情報システム室'])).toBe(true);
    expect(matchesQuery('さとう 薬剤', ['佐藤 健一', 'さとう けんいち', '情報システム室'])).toBe(false);
  });
  it('never matches an empty query', () => {
    expect(matchesQuery('  ', ['a'])).toBe(false);
  });
});
