/**
 * The tiny markup of procedure text (手順の記法). Staff type plain lines; a few marks give structure:
 *   「- 」or「・」at the start of a line → a bullet, 「1. 」→ a numbered item, **文字** → bold, a blank line ends a block.
 * A numbered item keeps the number staff typed: the printed sheet is compared against other papers by number.
 * One parser feeds both the screen (React elements, never raw HTML) and the PDF (pdfmake content), so what is
 * printed is what was shown. Nothing here can reference a remote resource: there is no link or image syntax.
 */

export interface MarkupSpan {
  text: string;
  bold: boolean;
}

/** One line of text made of plain and bold spans. */
export type MarkupLine = MarkupSpan[];

export type MarkupBlock =
  | { kind: 'paragraph'; lines: MarkupLine[] }
  | { kind: 'bullets'; items: MarkupLine[] }
  | { kind: 'numbered'; items: NumberedItem[] };

export interface NumberedItem {
  number: number;
  line: MarkupLine;
}

const BULLET = /^\s*(?:[-*・•]\s+|・)/;
/**
 * An ASCII 「.」「)」 needs a space after it, and a full-width 「．」「）」 must not be followed by a digit: 「0.5mL」
 * read as item 「5mL」 is a tenfold dose error, so anything that could be a decimal stays a paragraph.
 */
const NUMBERED = /^\s*(\d{1,3})(?:[.)]\s+|[．）](?!\s*\d)\s*)/;

/** Split a line into plain and bold spans; an unmatched 「**」 stays as typed. */
export function parseInline(line: string): MarkupLine {
  const spans: MarkupLine = [];
  let rest = line;
  while (rest.length > 0) {
    const open = rest.indexOf('**');
    const close = open >= 0 ? rest.indexOf('**', open + 2) : -1;
    if (open < 0 || close < 0) {
      spans.push({ text: rest, bold: false });
      break;
    }
    if (open > 0) spans.push({ text: rest.slice(0, open), bold: false });
    const inner = rest.slice(open + 2, close);
    if (inner.length > 0) spans.push({ text: inner, bold: true });
    rest = rest.slice(close + 2);
  }
  return spans;
}

export function parseMarkup(text: string): MarkupBlock[] {
  const blocks: MarkupBlock[] = [];
  let current: MarkupBlock | null = null;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const numbered = NUMBERED.exec(line);
    let block: MarkupBlock;
    if (BULLET.test(line)) {
      const spans = parseInline(line.replace(BULLET, ''));
      if (current?.kind === 'bullets') {
        current.items.push(spans);
        continue;
      }
      block = { kind: 'bullets', items: [spans] };
    } else if (numbered) {
      const item = { number: Number(numbered[1]), line: parseInline(line.slice(numbered[0].length)) };
      if (current?.kind === 'numbered') {
        current.items.push(item);
        continue;
      }
      block = { kind: 'numbered', items: [item] };
    } else {
      const spans = parseInline(line.trim());
      if (current?.kind === 'paragraph') {
        current.lines.push(spans);
        continue;
      }
      block = { kind: 'paragraph', lines: [spans] };
    }
    blocks.push(block);
    current = block;
  }
  return blocks;
}

/** The text without marks, for search and for places that show one line (lists, audit labels). */
export function markupToPlainText(text: string): string {
  return parseMarkup(text)
    .flatMap((block) => (block.kind === 'paragraph' ? block.lines : block.kind === 'bullets' ? block.items : block.items.map((item) => item.line)))
    .map((line) => line.map((span) => span.text).join(''))
    .join(' ');
}
