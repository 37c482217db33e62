/**
 * Normalisation for search-as-you-type: staff type on unfamiliar PCs with whatever IME state they find, so
 * full/half width, hiragana/katakana, spaces, hyphens and common variant kanji must not matter.
 */
const VARIANT_KANJI: Record<string, string> = {
  髙: '高', 﨑: '崎', 嵜: '崎', 𠮷: '吉', 德: '徳', 濵: '浜', 濱: '浜', 邊: '辺', 邉: '辺', 齋: '斎', 齊: '斉', 澤: '沢', 櫻: '桜',
  廣: '広', 國: '国', 嶋: '島', 嶌: '島', 冨: '富', 槇: '槙', 籠: '篭', 曾: '曽',
};
const VARIANT_PATTERN = new RegExp(`[${Object.keys(VARIANT_KANJI).join('')}]`, 'gu');
const SEPARATORS = /[\s\-‐‑‒–—―−ー_・･.()（）]/g;

export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(VARIANT_PATTERN, (ch) => VARIANT_KANJI[ch] ?? ch)
    .replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
    .replace(SEPARATORS, '');
}

/** True when every whitespace-separated term of the query occurs in one of the haystacks. */
export function matchesQuery(query: string, haystacks: readonly string[]): boolean {
  const terms = query.split(/[\s\u3000]+/).map(normalizeForSearch).filter(Boolean);
  if (terms.length === 0) return false;
  const hay = haystacks.map(normalizeForSearch).join('\u0000');
  return terms.every((term) => hay.includes(term));
}
