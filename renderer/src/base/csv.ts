import Papa from 'papaparse';

/**
 * CSV as Excel reads and writes it, through papaparse (RFC 4180: quoted fields, doubled quotes, CRLF, line breaks
 * inside quotes). Comma-separated; a tab-separated file (Excel's 「テキスト（タブ区切り）」) is recognised from its
 * first line. Our Excel rules sit on top: formula neutralising here, BOM and CP932 in csv-encoding.ts.
 */

export type CsvParseResult =
  | { ok: true; rows: string[][]; delimiter: ',' | '\t' }
  | { ok: false; reason: 'unterminated-quote'; line: number }
  | { ok: false; reason: 'stray-quote'; line: number };

/** Papaparse would also guess ';' or '|': a Japanese Excel file is comma- or tab-separated, nothing else. */
function detectDelimiter(text: string): ',' | '\t' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

/** 1-based physical line of a character offset (papaparse reports offsets; people read line numbers). */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Parse the whole text. Blank lines are dropped; `line` in errors is the 1-based physical line. */
export function parseCsv(text: string): CsvParseResult {
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true });
  // A quoted field that does not end at a delimiter (`"ab"c`) is misplaced; one never closed runs to the end.
  const quoteError = parsed.errors.find((error) => error.code === 'InvalidQuotes' || error.code === 'MissingQuotes');
  if (quoteError) {
    const line = lineAt(text, quoteError.index ?? 0);
    return quoteError.code === 'InvalidQuotes' ? { ok: false, reason: 'stray-quote', line } : { ok: false, reason: 'unterminated-quote', line };
  }
  return { ok: true, rows: parsed.data, delimiter };
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

/**
 * Papaparse quotes cells with a comma, quote or line break, or a leading or trailing ASCII space. Cells with a tab or
 * other white space at either end (a full-width space U+3000) are quoted too, as before, so a reader that trims
 * unquoted cells or splits on tabs keeps them whole.
 */
const quoteAlso = (value: unknown): boolean => typeof value === 'string' && (value.includes('\t') || value !== value.trim());

/** CSV text with CRLF line ends (what Excel writes); every cell is injection-escaped. */
export function serializeCsv(rows: readonly (readonly string[])[]): string {
  const escaped = rows.map((row) => row.map(escapeCell));
  return Papa.unparse(escaped, { delimiter: ',', newline: '\r\n', quotes: quoteAlso, header: false }) + '\r\n';
}
