/**
 * Japanese telephone numbers as staff type them (full-width digits, any dash, spaces, 「内線」), checked and written
 * in one standard form so that the printed list is uniform and search matches on the digits.
 *
 * Hyphenation follows the numbering plan where the grouping is certain (toll-free 0120/0800, navi-dial 0570,
 * mobile/IP 070/080/090/050/020, 2-digit area codes 03/06, 5-digit area codes, the 3-digit codes of large cities,
 * minus the 4-digit codes that begin like them, e.g. 0920 壱岐・対馬 inside 092 福岡). Other fixed-line numbers keep
 * the grouping the user typed when it is a valid split (area code 2–5 digits, subscriber number 4 digits); typed
 * without separators they stay as plain digits rather than be split wrongly.
 *
 * Internal numbers are stored as bare digits: the phone's label (内線, PHS) already says what they are, so a typed
 * 「内線 2101」 or 「PHS 3456」 is the same number as 「2101」.
 */

export type PhoneCheck = { ok: true; value: string } | { ok: false };

export const EXTENSION_MARK = '内線';

const DASHES = /[‐‑‒–—―−ー－ｰ~〜～]/g;
const EXTENSION_LABEL = String.raw`(?:内線|内|ext\.?|ex\.?|x)`;
/**
 * Main number + extension: 「内線123」, 「(内)123」 or the whole extension in brackets 「(内線123)」. Matched after NFKC,
 * so full-width brackets and colons are already half-width.
 */
const EXTENSION = new RegExp(
  String.raw`^(.+?)[\s,、]*(?:\(\s*${EXTENSION_LABEL}\s*\)\s*[:.]?\s*(\d+)|\(\s*${EXTENSION_LABEL}\s*[:.]?\s*(\d+)\s*\)|${EXTENSION_LABEL}\s*[:.]?\s*(\d+))$`,
  'i',
);
/** A label typed in front of an internal number: 「内線 2101」, 「内2101」, 「PHS 3456」. */
const INTERNAL_LABEL = /^(?:内線|内|PHS|ピッチ)\s*[:.]?\s*/i;
const TWO_DIGIT_AREAS = new Set(['03', '06']);
const THREE_DIGIT_AREAS = new Set(['011', '044', '045', '052', '075', '078', '092']);
/** 4-digit area codes that start with a 3-digit one above; checked first. */
const FOUR_DIGIT_AREAS = new Set(['0920']);
const FIVE_DIGIT_AREAS = new Set([
  '01267', '01372', '01374', '01377', '01392', '01397', '01398', '01456', '01457', '01466', '01547', '01558', '01564',
  '01586', '01587', '01632', '01634', '01635', '01648', '01654', '01655', '01656', '01658', '04992', '04994', '04996',
  '04998', '05769', '05979', '07468', '08387', '08388', '08396', '08477', '08512', '08514', '09496', '09802', '09912',
  '09913', '09969',
]);
/** Internal numbers (内線, PHS) and extensions: 3–6 digits. */
const INTERNAL = /^\d{3,6}$/;
/** Short service numbers: 110, 119, #9110 (警察相談), #7119 … */
const SERVICE = /^(?:1\d\d|#\d{4})$/;

function group(digits: string, ...sizes: number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join('-');
}

function fixedLine(digits: string, typedGroups: readonly string[]): string {
  if (TWO_DIGIT_AREAS.has(digits.slice(0, 2))) return group(digits, 2, 4, 4);
  if (FIVE_DIGIT_AREAS.has(digits.slice(0, 5))) return group(digits, 5, 1, 4);
  if (FOUR_DIGIT_AREAS.has(digits.slice(0, 4))) return group(digits, 4, 2, 4);
  if (THREE_DIGIT_AREAS.has(digits.slice(0, 3))) return group(digits, 3, 3, 4);
  const [area, exchange, subscriber] = typedGroups;
  if (typedGroups.length === 3 && area && exchange && subscriber?.length === 4 && area.length >= 2 && area.length <= 5) {
    return typedGroups.join('-');
  }
  return digits;
}

/** The main number (no extension) in standard form, or null when it is not a Japanese number. */
function normalizeMain(main: string): string | null {
  let text = main.replace(/^\+81[\s-]*\(?0?\)?/, '0');
  if (SERVICE.test(text.replace(/[\s-]/g, ''))) return text.replace(/[\s-]/g, '');
  if (/[^\d\s\-()]/.test(text)) return null;
  text = text.replace(/[()]/g, ' ');
  const groups = text.split(/[\s-]+/).filter(Boolean);
  const digits = groups.join('');
  if (!digits.startsWith('0')) return INTERNAL.test(digits) ? digits : null;
  if (/^0(?:120|570|990)/.test(digits)) return digits.length === 10 ? group(digits, 4, 3, 3) : null;
  if (digits.startsWith('0800')) return digits.length === 11 ? group(digits, 4, 3, 4) : null;
  if (/^0[2-9]0/.test(digits) && digits.length === 11) return group(digits, 3, 4, 4);
  // A 10-digit 0X0 number is a mobile number missing a digit, unless X0 is the Tokyo/Osaka area code itself.
  if (/^0[1-9]/.test(digits) && digits.length === 10 && (!/^0[2-9]0/.test(digits) || TWO_DIGIT_AREAS.has(digits.slice(0, 2)))) {
    return fixedLine(digits, groups);
  }
  return null;
}

/** Check and normalise one number. An empty input is valid (a number still to be filled in). */
export function normalizePhone(raw: string): PhoneCheck {
  const text = raw.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: true, value: '' };
  const internal = text.replace(INTERNAL_LABEL, '');
  if (internal !== text) return INTERNAL.test(internal) ? { ok: true, value: internal } : { ok: false };
  const extension = EXTENSION.exec(text);
  const main = normalizeMain(extension?.[1]?.trim() ?? text);
  if (main === null) return { ok: false };
  if (!extension) return { ok: true, value: main };
  const ext = extension[2] ?? extension[3] ?? extension[4] ?? '';
  if (!INTERNAL.test(ext) || !main.startsWith('0')) return { ok: false };
  return { ok: true, value: `${main} ${EXTENSION_MARK}${ext}` };
}

/** The digits of a number, for duplicate detection (search normalises whole strings itself). */
export function phoneDigits(number: string): string {
  return number.normalize('NFKC').replace(/[^\d#]/g, '');
}
