/**
 * Bytes of a CSV file ↔ text. Excel in Japan writes CP932 (Windows' Shift_JIS, with the NEC and IBM extended
 * characters such as ①, 髙, 﨑) or UTF-8 with a BOM. The WHATWG `shift_jis` decoder (browsers, Node) is exactly
 * CP932 (windows-31j), so decoding needs no table; encoding builds its table once from that same decoder.
 */

export type CsvEncoding = 'utf-8' | 'shift_jis';

export type DecodeResult =
  | { ok: true; text: string; encoding: CsvEncoding; bom: boolean }
  | { ok: false; reason: 'empty' | 'binary' | 'bad-bytes' };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((b, i) => bytes[i] === b);
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Detect the encoding: a UTF-8 BOM decides; otherwise bytes that are valid UTF-8 are UTF-8 (CP932 text with kana or
 * kanji is practically never valid UTF-8), then CP932. NUL bytes mean a binary file (an .xlsx chosen by mistake).
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  const bom = hasUtf8Bom(bytes);
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.length === 0) return { ok: false, reason: 'empty' };
  if (body.includes(0)) return { ok: false, reason: 'binary' };
  const utf8 = tryDecode('utf-8', body);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', bom };
  if (bom) return { ok: false, reason: 'bad-bytes' };
  const sjis = tryDecode('shift_jis', body);
  if (sjis !== null) return { ok: true, text: sjis, encoding: 'shift_jis', bom: false };
  return { ok: false, reason: 'bad-bytes' };
}

/** Characters typed on Macs or in Unicode-only apps that CP932 holds under a look-alike code point. */
const CP932_LOOKALIKES: Record<string, string> = { '\u301c': '\uff5e', '\u2016': '\u2225', '\u2212': '\uff0d', '\u00a2': '\uffe0', '\u00a3': '\uffe1', '\u00ac': '\uffe2', '\u2014': '\u2015' };

let cp932Table: Uint16Array | undefined;

/**
 * UTF-16 code unit → CP932 code (0: CP932 lacks it), from the decoder itself. Where a character has two codes, the
 * first one wins except that the NEC-selected IBM extensions (lead bytes 0xED, 0xEE) are never used for encoding, as
 * Windows and the WHATWG encoder do: ① → 0x8740, 髙 → 0xFBFC. (encoding-japanese was compared and not kept: it
 * writes 髙 and 372 more as 0xED/0xEE codes Windows never writes, turns the user-defined area into '?', replaces what
 * it cannot encode without saying which characters, and decodes about six times slower than TextDecoder.)
 */
function table(): Uint16Array {
  if (cp932Table) return cp932Table;
  const codes = new Uint16Array(0x10000);
  for (let cp = 0; cp < 0x80; cp++) codes[cp] = cp;
  for (let cp = 0xff61; cp <= 0xff9f; cp++) codes[cp] = cp - 0xff61 + 0xa1;
  const decoder = new TextDecoder('shift_jis');
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if ((lead > 0x9f && lead < 0xe0) || lead === 0xed || lead === 0xee) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const ch = decoder.decode(pair);
      const cp = ch.charCodeAt(0);
      if (ch.length !== 1 || cp === 0xfffd || codes[cp] !== 0) continue;
      codes[cp] = (lead << 8) | trail;
    }
  }
  for (const [typed, held] of Object.entries(CP932_LOOKALIKES)) codes[typed.charCodeAt(0)] = codes[held.charCodeAt(0)]!;
  cp932Table = codes;
  return codes;
}

export type EncodeResult = { ok: true; bytes: Uint8Array } | { ok: false; unmappable: string[] };

/**
 * Encode text as CP932. Characters CP932 lacks (𠮷, emoji, 鷗 …) are returned so the user can be told; with
 * `replacement` they are replaced instead (e.g. '?').
 */
export function encodeCp932(text: string, replacement?: string): EncodeResult {
  const codes = table();
  const replacementCodes = replacement === undefined ? [] : Array.from(replacement, (ch) => codes[ch.charCodeAt(0)] ?? 0).filter((code) => code !== 0);
  const out = new Uint8Array(text.length * 2 + replacementCodes.length * 2 * text.length);
  let length = 0;
  const write = (code: number) => {
    if (code > 0xff) out[length++] = code >> 8;
    out[length++] = code & 0xff;
  };
  const unmappable = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // NUL is the one character whose code is 0: it is CP932's own 0x00.
    const code = unit === 0 ? 0 : codes[unit]!;
    if (code !== 0 || unit === 0) {
      write(code);
      continue;
    }
    // A surrogate pair (𠮷, emoji) is one character, and CP932 has none of them.
    const pairEnd = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
    unmappable.add(text.slice(i, pairEnd));
    i = pairEnd - 1;
    for (const r of replacementCodes) write(r);
  }
  if (unmappable.size > 0 && replacement === undefined) return { ok: false, unmappable: [...unmappable] };
  return { ok: true, bytes: out.slice(0, length) };
}

/** UTF-8 with a BOM, so Excel opens it as UTF-8 rather than guessing CP932. */
export function encodeUtf8WithBom(text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(body.length + 3);
  bytes.set(UTF8_BOM);
  bytes.set(body, 3);
  return bytes;
}
