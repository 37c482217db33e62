/**
 * CSV as Excel reads and writes it (RFC 4180: quoted fields, doubled quotes, CRLF, line breaks inside quotes).
 * Comma-separated; a tab-separated file (Excel's 「テキスト（タブ区切り）」) is recognised from its first line.
 */

export type CsvParseResult =
  | { ok: true; rows: string[][]; delimiter: ',' | '\t' }
  | { ok: false; reason: 'unterminated-quote'; line: number }
  | { ok: false; reason: 'stray-quote'; line: number };

function detectDelimiter(text: string): ',' | '\t' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

/** Parse the whole text. Blank lines are dropped; `line` in errors is the 1-based physical line. */
export function parseCsv(text: string): CsvParseResult {
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoted = false;
  let line = 1;
  let quoteStartLine = 1;
  const endRow = () => {
    row.push(field);
    if (!(row.length === 1 && row[0] === '' && !quoted)) rows.push(row);
    row = [];
    field = '';
    quoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (field !== '' || quoted) return { ok: false, reason: 'stray-quote', line };
      inQuotes = true;
      quoted = true;
      quoteStartLine = line;
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
      quoted = false;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
    } else {
      if (quoted) return { ok: false, reason: 'stray-quote', line };
      field += ch;
    }
  }
  if (inQuotes) return { ok: false, reason: 'unterminated-quote', line: quoteStartLine };
  if (field !== '' || row.length > 0 || quoted) endRow();
  return { ok: true, rows, delimiter };
}

/**
 * Formula injection: a spreadsheet runs a cell starting with = + - @ (or tab/CR, which some strip first) as a
 * formula. Such cells get a leading apostrophe. Cells that already start with apostrophes followed by one of those
 * characters get one more, so that unescapeCell gives back exactly the original text.
 */
const NEEDS_ESCAPE = /^'*[=+\-@\t\r]/;
const ESCAPED = /^''*[=+\-@\t\r]/;

export function escapeCell(value: string): string {
  return NEEDS_ESCAPE.test(value) ? `'${value}` : value;
}

/** The exact inverse of escapeCell for text it produced. */
export function unescapeCell(value: string): string {
  return ESCAPED.test(value) ? value.slice(1) : value;
}

function quote(value: string): string {
  return /[",\r\n\t]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text with CRLF line ends (what Excel writes); every cell is injection-escaped. */
export function serializeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((cell) => quote(escapeCell(cell))).join(',')).join('\r\n') + '\r\n';
}
