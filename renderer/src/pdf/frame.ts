import { DEFAULT_CONFIDENTIALITY_LABEL, type PrintContext } from '../domain/print-context';
import { formatPrintDate } from '../domain/wareki';
import type { Content, DocumentInfo, PageOrientation, StyleDictionary, Watermark } from './doc-types';
import { FONT_FAMILY } from './fonts';

/**
 * The one A4 page frame every printed document shares: header (facility, title, confidentiality mark), footer
 * (版, print date in 和暦 and 西暦, 「x / y ページ」), styles, metadata and the demo watermark.
 *
 * buildFramedDocument returns plain data so it can be posted to the render worker; toPdfmakeDefinition adds the
 * per-page header/footer functions on the rendering side.
 */

export const APP_NAME = 'BCP Workbook';
export const DEMO_MARK = 'サンプルデータ';

/** left, top, right, bottom in points. */
export type PageMargins = [number, number, number, number];

/** Texts placed in the header and footer of every page, fixed when the document is built. */
export interface FrameTexts {
  facilityName: string;
  documentTitle: string;
  confidentialityLabel: string;
  version: string;
  printDate: string;
  demo: boolean;
}

/** A document ready to render: structured-cloneable, so it can cross to the worker unchanged. */
export interface PdfDocument {
  frame: FrameTexts;
  pageOrientation: PageOrientation;
  pageMargins: PageMargins;
  info: Required<Pick<DocumentInfo, 'title' | 'subject' | 'creator'>> & DocumentInfo;
  styles: StyleDictionary;
  defaultStyle: StyleDictionary[string];
  watermark?: Watermark;
  content: Content;
}

export interface FrameOptions {
  orientation?: PageOrientation;
  /** PDF Subject; defaults to 「<facility> <title>」. */
  subject?: string;
}

/** left, top, right, bottom in points (A4 = 595 × 842). Top/bottom leave room for the header and footer. */
export const PAGE_MARGINS: PageMargins = [40, 62, 40, 50];

const INK = '#1f2329';
const MUTED = '#5b626d';
const MARK_RED = '#b3261e';

export const FRAME_STYLES: StyleDictionary = {
  title: { fontSize: 20, bold: true, margin: [0, 0, 0, 10] },
  h1: { fontSize: 14, bold: true, margin: [0, 14, 0, 6] },
  h2: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 4] },
  tableHeader: { fontSize: 9.5, bold: true, color: INK },
  small: { fontSize: 8, color: MUTED },
  muted: { color: MUTED },
  // Header/footer styles are part of the frame so documents cannot drift from each other.
  frameText: { fontSize: 8, color: MUTED, lineHeight: 1 },
  frameTitle: { fontSize: 8.5, bold: true, color: INK, lineHeight: 1 },
  frameMark: { fontSize: 9, bold: true, color: MARK_RED, lineHeight: 1 },
};

// Noto Sans JP's own ascent + descent is already ~1.45 em, so pdfmake's lineHeight multiplier stays near 1.
const DEFAULT_STYLE: StyleDictionary[string] = { font: FONT_FAMILY, fontSize: 10, lineHeight: 1.05, color: INK };

export function buildFramedDocument(ctx: PrintContext, content: Content, options: FrameOptions = {}): PdfDocument {
  const confidentialityLabel = ctx.confidentialityLabel?.trim() || DEFAULT_CONFIDENTIALITY_LABEL;
  const frame: FrameTexts = {
    facilityName: ctx.facilityName,
    documentTitle: ctx.documentTitle,
    confidentialityLabel,
    version: ctx.version,
    printDate: formatPrintDate(ctx.printedAt),
    demo: ctx.demo,
  };
  return {
    frame,
    pageOrientation: options.orientation ?? 'portrait',
    pageMargins: [...PAGE_MARGINS],
    info: {
      title: ctx.demo ? `${ctx.documentTitle}（${DEMO_MARK}）` : ctx.documentTitle,
      subject: options.subject ?? `${ctx.facilityName} ${ctx.documentTitle}`,
      author: ctx.facilityName,
      creator: APP_NAME,
      producer: APP_NAME,
      keywords: confidentialityLabel,
    },
    styles: FRAME_STYLES,
    defaultStyle: DEFAULT_STYLE,
    ...(ctx.demo ? { watermark: { text: DEMO_MARK, color: MARK_RED, opacity: 0.1, bold: true, fontSize: 84, angle: -40 } } : {}),
    content,
  };
}

/**
 * Width of one line of text in Noto Sans JP: full-width glyphs are exactly 1 em, Latin letters and digits at most
 * about 0.62 em. The header and footer use these fixed widths instead of 'auto' columns and tables, which pdfmake
 * would otherwise measure again on every page of a 500-page list (see the PDF figures of `npm run bench`).
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.62;
  return Math.ceil(em * fontSize);
}

const MARK_FONT_SIZE = 9;
const MARK_PADDING = 5;
const MARK_HEIGHT = 15;

/** A boxed label (confidentiality, demo): a canvas rectangle with the text laid over it. */
function markBox(text: string, color: string, fillColor?: string): Content {
  const w = estimateTextWidth(text, MARK_FONT_SIZE) + 2 * MARK_PADDING;
  return {
    width: w,
    stack: [
      { canvas: [{ type: 'rect', x: 0, y: 0, w, h: MARK_HEIGHT, lineWidth: 0.9, lineColor: MARK_RED, ...(fillColor ? { color: fillColor } : {}) }] },
      { text, style: 'frameMark', color, alignment: 'center', relativePosition: { x: 0, y: -MARK_HEIGHT + 1 } },
    ],
  };
}

/** A hairline across the text width; canvas lines are not clipped, so the length must be exact. */
function rule(width: number, y: number, lineWidth: number, lineColor: string): Content {
  return { canvas: [{ type: 'line', x1: 0, y1: y, x2: width, y2: y, lineWidth, lineColor }] };
}

export function frameHeader(frame: FrameTexts, pageWidth: number, margins: PageMargins = PAGE_MARGINS): Content {
  const [left, , right] = margins;
  const marks: Content[] = [];
  if (frame.demo) marks.push(markBox(DEMO_MARK, '#ffffff', MARK_RED));
  marks.push(markBox(frame.confidentialityLabel, MARK_RED));
  return {
    margin: [left, 20, right, 0],
    stack: [
      {
        columns: [
          { width: '*', text: frame.facilityName, style: 'frameText', margin: [0, 3, 0, 0] },
          { width: estimateTextWidth(frame.documentTitle, 8.5) + 12, text: frame.documentTitle, style: 'frameTitle', margin: [0, 3, 12, 0] },
          ...marks,
        ],
        columnGap: 6,
      },
      rule(pageWidth - left - right, 4, 0.6, '#9aa0a8'),
    ],
  };
}

export function formatPageNumber(current: number, total: number): string {
  return `${current} / ${total} ページ`;
}

export function frameFooter(
  frame: FrameTexts,
  current: number,
  total: number,
  pageWidth: number,
  margins: PageMargins = PAGE_MARGINS,
): Content {
  const [left, , right] = margins;
  return {
    margin: [left, 14, right, 0],
    stack: [
      rule(pageWidth - left - right, 0, 0.4, '#b4b9c0'),
      {
        margin: [0, 4, 0, 0],
        columns: [
          { width: '*', text: `版：${frame.version}`, style: 'frameText' },
          { width: estimateTextWidth(`印刷日：${frame.printDate}`, 8), text: `印刷日：${frame.printDate}`, style: 'frameText' },
          { width: '*', text: formatPageNumber(current, total), style: 'frameText', alignment: 'right' },
        ],
        columnGap: 10,
      },
    ],
  };
}

/** What pdfmake passes to header/footer functions (A4 portrait: 595.28 × 841.89). */
export interface PageSize {
  width: number;
  height: number;
}

interface PageBreakNodeInfo {
  headlineLevel?: number;
}

interface PageBreakContext {
  getFollowingNodesOnPage(): unknown[];
}

/** pdfmake's orphan control: a heading (headlineLevel set) with nothing after it on its page starts the next page. */
export function keepHeadingsWithContent(node: PageBreakNodeInfo, context: PageBreakContext): boolean {
  return node.headlineLevel !== undefined && context.getFollowingNodesOnPage().length === 0;
}

/** Hooks the renderer may pass to learn about layout (used for page-count progress). */
export interface MaterializeHooks {
  onPageCount?(total: number): void;
}

/**
 * The pdfmake document definition for `doc`: a fresh deep copy (pdfmake mutates what it lays out) with header,
 * footer, A4 size and language added.
 */
export function toPdfmakeDefinition(doc: PdfDocument, hooks: MaterializeHooks = {}): Record<string, unknown> {
  const copy = structuredClone(doc);
  const { frame, ...rest } = copy;
  return {
    ...rest,
    pageSize: 'A4',
    language: 'ja-JP',
    pageBreakBefore: keepHeadingsWithContent,
    header: (_current: number, _total: number, pageSize: PageSize) => frameHeader(frame, pageSize.width, copy.pageMargins),
    footer: (current: number, total: number, pageSize: PageSize) => {
      hooks.onPageCount?.(total);
      return frameFooter(frame, current, total, pageSize.width, copy.pageMargins);
    },
  };
}
