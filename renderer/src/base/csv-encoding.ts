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

let cp932Table: Map<number, number> | undefined;

/**
 * Code point → CP932 double-byte code, from the decoder itself. Where a character has two codes, the first one
 * wins except that the NEC-selected IBM extensions (lead bytes 0xED, 0xEE) are never used for encoding, as
 * Windows and the WHATWG encoder do: ① → 0x8740, 髙 → 0xFBFC.
 */
function table(): Map<number, number> {
  if (cp932Table) return cp932Table;
  const decoder = new TextDecoder('shift_jis');
  const map = new Map<number, number>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if ((lead > 0x9f && lead < 0xe0) || lead === 0xed || lead === 0xee) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const ch = decoder.decode(pair);
      const cp = ch.codePointAt(0);
      if (cp === undefined || ch.length !== 1 || cp === 0xfffd || map.has(cp)) continue;
      map.set(cp, (lead << 8) | trail);
    }
  }
  cp932Table = map;
  return map;
}

/** Characters typed on Macs or in Unicode-only apps that CP932 holds under a look-alike code point. */
const CP932_LOOKALIKES: Record<string, string> = { '\u301c': '\uff5e', '\u2016': '\u2225', '\u2212': '\uff0d', '\u00a2': '\uffe0', '\u00a3': '\uffe1', '\u00ac': '\uffe2', '\u2014': '\u2015' };

export type EncodeResult = { ok: true; bytes: Uint8Array } | { ok: false; unmappable: string[] };

/**
 * Encode text as CP932. Characters CP932 lacks (𠮷, emoji, 鷗 …) are returned so the user can be told; with
 * `replacement` they are replaced instead (e.g. '?').
 */
export function encodeCp932(text: string, replacement?: string): EncodeResult {
  const map = table();
  const out: number[] = [];
  const unmappable = new Set<string>();
  const push = (ch: string): boolean => {
    const cp = (CP932_LOOKALIKES[ch] ?? ch).codePointAt(0) ?? 0;
    if (cp < 0x80) out.push(cp);
    else if (cp >= 0xff61 && cp <= 0xff9f) out.push(cp - 0xff61 + 0xa1);
    else {
      const code = map.get(cp);
      if (code === undefined) return false;
      out.push(code >> 8, code & 0xff);
    }
    return true;
  };
  for (const ch of text) {
    if (push(ch)) continue;
    unmappable.add(ch);
    if (replacement !== undefined) for (const r of replacement) push(r);
  }
  if (unmappable.size > 0 && replacement === undefined) return { ok: false, unmappable: [...unmappable] };
  return { ok: true, bytes: Uint8Array.from(out) };
}

/** UTF-8 with a BOM, so Excel opens it as UTF-8 rather than guessing CP932. */
export function encodeUtf8WithBom(text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(body.length + 3);
  bytes.set(UTF8_BOM);
  bytes.set(body, 3);
  return bytes;
}
