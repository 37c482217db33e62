import { parseMarkup, type MarkupLine } from '../../../domain/step-markup';
import type { Content, ContentText, Inline } from '../../doc-types';

/** Procedure text (step markup, domain/step-markup.ts) as pdfmake content: the same blocks the screen shows. */

function inline(line: MarkupLine): Inline[] {
  return line.map((span): Inline => (span.bold ? { text: span.text, bold: true } : span.text));
}

function lineText(line: MarkupLine): ContentText {
  return { text: inline(line) };
}

export function markupToPdf(text: string, options: { fontSize?: number } = {}): Content[] {
  const size = options.fontSize !== undefined ? { fontSize: options.fontSize } : {};
  return parseMarkup(text).map((block, i): Content => {
    const margin: [number, number, number, number] = [0, i === 0 ? 0 : 3, 0, 0];
    switch (block.kind) {
      case 'paragraph':
        return { stack: block.lines.map(lineText), margin, ...size };
      case 'bullets':
        return { ul: block.items.map(lineText), margin, ...size };
      case 'numbered':
        return {
          ol: block.items.map((item): ContentText => ({ ...lineText(item.line), counter: item.number })),
          margin,
          ...size,
        };
    }
  });
}
