import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Japanese telephone numbers as staff type them (full-width digits, any dash, spaces, 「内線」), checked and written
 * in one standard form so that the printed list is uniform and search matches on the digits. The contact form, the
 * CSV import and search all come through here.
 *
 * Validity and hyphenation follow Japan's numbering plan as libphonenumber-js carries it: area codes of 1–4 digits
 * after the 0 (0561-24-4943, 011-234-5678, 04992-1-2345), toll-free 0120/0800, navi-dial 0570, mobile and IP
 * numbers 070/080/090/050/020. The "max" metadata is used because only it knows which number ranges are allocated:
 * the smaller one would accept 03-0000-1111 or 000-123-4567, numbers nobody can be reached on.
 *
 * Internal numbers are stored as bare digits: the phone's label (内線, PHS) already says what they are, so a typed
 * 「内線 2101」 or 「PHS 3456」 is the same number as 「2101」.
 */

export type PhoneCheck = { ok: true; value: string } | { ok: false };

export const EXTENSION_MARK = '内線';

export const DASHES = /[‐‑‒–—―−ー－ｰ~〜～]/g;
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
export const INTERNAL_LABEL = /^(?:内線|内|PHS|ピッチ)\s*[:.]?\s*/i;
/** Internal numbers (内線, PHS) and extensions: 3–6 digits. */
export const INTERNAL = /^\d{3,6}$/;
/** Short service numbers: 110, 119, #9110 (警察相談), #7119 … */
const SERVICE = /^(?:1\d\d|#\d{4})$/;

/** The main number (no extension) in standard form, or null when it is not a Japanese number. */
function normalizeMain(main: string): string | null {
  const text = main.replace(/^\+81[\s-]*\(?0?\)?/, '0');
  const compact = text.replace(/[\s\-()]/g, '');
  if (SERVICE.test(compact)) return compact;
  if (!/^\d+$/.test(compact)) return null;
  if (!compact.startsWith('0')) return INTERNAL.test(compact) ? compact : null;
  const number = parsePhoneNumberFromString(compact, 'JP');
  if (!number || !number.isValid()) return null;
  const national = number.formatNational();
  // The library drops digits it takes for a prefix (00…, a lost 0): the result must be the number that was typed.
  return national.replace(/-/g, '') === compact ? national : null;
}

function check(raw: string): PhoneCheck {
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

/**
 * An import checks each number up to three times (reading the cell, the schema, the save), and the numbering plan
 * costs tens of microseconds a number: remembered answers keep a 10,000-row file within its two seconds.
 */
const checked = new Map<string, PhoneCheck>();
const REMEMBERED = 50_000;

/** Check and normalise one number. An empty input is valid (a number still to be filled in). */
export function normalizePhone(raw: string): PhoneCheck {
  const known = checked.get(raw);
  if (known) return known;
  const result = check(raw);
  if (checked.size >= REMEMBERED) checked.clear();
  checked.set(raw, result);
  return result;
}

/** The digits of a number, for duplicate detection (search normalises whole strings itself). */
export function phoneDigits(number: string): string {
  return number.normalize('NFKC').replace(/[^\d#]/g, '');
}
