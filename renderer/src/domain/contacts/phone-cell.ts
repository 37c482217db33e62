import type { PhoneLabel } from './contact';
import { DASHES, INTERNAL, INTERNAL_LABEL, normalizePhone } from './phone';

/**
 * One spreadsheet cell of a phone column, as hospital lists really fill them in: 「03-1234-5678（代表）」,
 * 「内線2101・夜間3000」, 「090-1234-5678 ※緊急時のみ」, two numbers 「03-1111-2222 / 090-1111-2222」, or a typo.
 * Each number is read by the one rule of phone.ts; the words around it are kept as remarks for the notes; what is
 * not a number is kept exactly as written, never dropped.
 */

export interface CellPhone {
  label: PhoneLabel;
  number: string;
  /** Not a number by the numbering plan: the cell's text as written, to be checked by a person (要確認). */
  asWritten?: true;
  /** Words written with the number: 「代表」, 「緊急時のみ」, 「夜間」. */
  remark?: string;
}

export interface PhoneCellReading {
  phones: CellPhone[];
  /** Parts of the cell with no digits at all (「不明」「院長室へ」): text for the notes, kept as written. */
  texts: string[];
}

/** Between two numbers of one cell: a line break, slash, semicolon, comma or 中黒. */
const PIECE_SEPARATOR = /\s*[\n/／;；、,，・･]\s*/;
/** A cell meaning "no number": a dash, 「なし」. */
const NONE = /^(?:[-‐‑‒–—―−ー－ｰ\s]+|なし|無し|ナシ)$/;
const EXTENSION_WORD = /^\s*(?:内線|内|ext\.?|ex\.?|x)\s*$/i;
/** Words in front of a number that only repeat what the column says. */
const PLAIN_LABEL = /^(?:tel|電話|外線|携帯|fax|直通)\s*[:.]?\s*$/i;

function internalLabel(text: string): PhoneLabel | undefined {
  const label = INTERNAL_LABEL.exec(text)?.[0]?.trim().replace(/[:.]$/, '').toUpperCase();
  if (label === undefined) return undefined;
  return label === 'PHS' || label === 'ピッチ' ? 'phs' : 'extension';
}

function readPiece(piece: string, column: PhoneLabel, previous: PhoneLabel | undefined): CellPhone | null {
  const text = piece.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
  if (!/\d/.test(text)) return null;
  const remarks: string[] = [];
  let core = text
    .replace(/[※*].*$/, (m) => (remarks.push(m.slice(1).trim()), ''))
    .replace(/\(([^()\d]*)\)/g, (m, inner: string) => (EXTENSION_WORD.test(inner) ? m : (remarks.push(inner.trim()), ' ')))
    .trim();
  let label = internalLabel(core);
  if (label) core = core.replace(INTERNAL_LABEL, '');
  const lead = /^[^\d+#(]*/.exec(core)?.[0] ?? '';
  if (lead.trim() !== '') {
    label ??= internalLabel(lead.trim());
    if (!label && !PLAIN_LABEL.test(lead.trim())) remarks.push(lead.trim().replace(/[:.]$/, ''));
    core = core.slice(lead.length);
  }
  const trail = /[^\d)]*$/.exec(core)?.[0] ?? '';
  if (trail.trim() !== '') {
    remarks.push(trail.trim());
    core = core.slice(0, core.length - trail.length);
  }
  const checked = normalizePhone(core);
  const remark = remarks.filter(Boolean).join('、');
  if (!checked.ok || checked.value === '') return { label: internalLabel(text) ?? column, number: piece.trim(), asWritten: true };
  // 「内線2101・夜間3000」: a short number after an internal one is another internal number of the same kind.
  const short = INTERNAL.test(checked.value);
  const resolved = label ?? (short && previous && previous !== column ? previous : column);
  return { label: resolved, number: checked.value, ...(remark ? { remark } : {}) };
}

/** Two numbers written side by side with only a space between them: 「03-1111-2222 090-1111-2222」. */
function splitBySpace(piece: string, column: PhoneLabel): CellPhone[] | null {
  const words = piece.normalize('NFKC').trim().split(/\s+/);
  if (words.length < 2) return null;
  const phones = words.map((w) => normalizePhone(w));
  if (!phones.every((p) => p.ok && p.value.startsWith('0'))) return null;
  return phones.map((p) => ({ label: column, number: p.ok ? p.value : '' }));
}

/** Every number of one cell of the column `column` (its label, unless the cell says 内線 or PHS). */
export function readPhoneCell(cell: string, column: PhoneLabel): PhoneCellReading {
  const reading: PhoneCellReading = { phones: [], texts: [] };
  const whole = cell.trim();
  if (whole === '' || NONE.test(whole.normalize('NFKC'))) return reading;
  const direct = normalizePhone(whole);
  if (direct.ok && !INTERNAL_LABEL.test(whole.normalize('NFKC'))) {
    reading.phones.push({ label: column, number: direct.value });
    return reading;
  }
  let previous: PhoneLabel | undefined;
  for (const piece of whole.split(PIECE_SEPARATOR).filter((p) => p.trim() !== '')) {
    const phone = readPiece(piece, column, previous);
    if (phone === null) {
      const last = reading.phones.at(-1);
      // 「03-1234-5678 / 代表」: words after a number belong to it.
      if (last && !last.asWritten) last.remark = [last.remark, piece.trim()].filter(Boolean).join('、');
      else reading.texts.push(piece.trim());
      continue;
    }
    const pair = phone.asWritten ? splitBySpace(piece, column) : null;
    reading.phones.push(...(pair ?? [phone]));
    previous = (pair ?? [phone]).at(-1)?.label;
  }
  return reading;
}
