/**
 * フリガナ: staff type readings in hiragana, katakana or half-width katakana depending on the IME state of the PC
 * in front of them. Readings are stored in full-width katakana (the customary form for フリガナ) so that 五十音
 * sorting and printing look the same whoever typed them.
 */

const HIRAGANA = /[\u3041-\u3096\u309d\u309e]/g;
/** Kana, the prolonged sound mark, middle dot, iteration marks, spaces and ASCII letters/digits (e.g. 「イリョウ ISAC」). */
const READING_CHARS = /^[\u30a1-\u30fa\u30fc\u30fd\u30fe\u30fb A-Za-z0-9]*$/;

/** Hiragana → katakana; half-width katakana → full width (NFKC also joins ｶﾞ into ガ); spaces collapsed. */
export function toKatakanaReading(text: string): string {
  return text
    .normalize('NFKC')
    .replace(HIRAGANA, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60))
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when a normalised reading holds only kana (and the few marks a reading may contain). */
export function isValidReading(normalised: string): boolean {
  return READING_CHARS.test(normalised);
}

/** Full-width katakana for half-width katakana in free text (CSV cells typed in old systems), nothing else changed. */
export function widenHalfWidthKatakana(text: string): string {
  return text.replace(/[\uff61-\uff9f]+/g, (run) => run.normalize('NFKC'));
}

const collator = new Intl.Collator('ja', { sensitivity: 'variant', numeric: true });

/** 五十音 order of readings, for lists and print. */
export function compareReading(a: string, b: string): number {
  return collator.compare(a, b);
}
