import { DEFAULT_CONFIDENTIALITY_LABEL, type PrintContext } from '../domain/print-context';
import { formatPrintDate } from '../domain/wareki';
import type { Content, DocumentInfo, PageOrientation, StyleDictionary, Watermark } from './doc-types';
import { FONT_FAMILY } from './fonts';

/**
 * The one A4 page frame every printed document shares: header (facility, title, confidentiality mark), footer
 * (版, print date in 和暦 and 西暦, 「x / y ページ」), styles, metadata and the demo watermark.
 *
 * buildFramedDocument returns plain data so it can be posted to the render worker. On the rendering side,
 * toPdfmakeDefinition gives pdfmake the content and page-frame.ts draws the header and footer on each page.
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
  /** A4 unless said (the network diagram may print on A3). */
  pageSize?: PaperSize;
  pageMargins: PageMargins;
  info: Required<Pick<DocumentInfo, 'title' | 'subject' | 'creator'>> & DocumentInfo;
  styles: StyleDictionary;
  defaultStyle: StyleDictionary[string];
  watermark?: Watermark;
  content: Content;
}

export type PaperSize = 'A4' | 'A3';

export interface FrameOptions {
  orientation?: PageOrientation;
  pageSize?: PaperSize;
  /** PDF Subject; defaults to 「<facility> <title>」. */
  subject?: string;
}

/** left, top, right, bottom in points (A4 = 595 × 842). Top/bottom leave room for the header and footer. */
export const PAGE_MARGINS: PageMargins = [40, 62, 40, 50];

export const FRAME_COLORS = { ink: '#1f2329', muted: '#5b626d', markRed: '#b3261e' } as const;

export const FRAME_STYLES: StyleDictionary = {
  title: { fontSize: 20, bold: true, margin: [0, 0, 0, 10] },
  h1: { fontSize: 14, bold: true, margin: [0, 14, 0, 6] },
  h2: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 4] },
  tableHeader: { fontSize: 9.5, bold: true, color: FRAME_COLORS.ink },
  small: { fontSize: 8, color: FRAME_COLORS.muted },
  muted: { color: FRAME_COLORS.muted },
};

// Noto Sans JP's own ascent + descent is already ~1.45 em, so pdfmake's lineHeight multiplier stays near 1.
const DEFAULT_STYLE: StyleDictionary[string] = { font: FONT_FAMILY, fontSize: 10, lineHeight: 1.05, color: FRAME_COLORS.ink };

export function buildFramedDocument(ctx: PrintContext, content: Content, options: FrameOptions = {}): PdfDocument {
  const confidentialityLabel = ctx.confidentialityLabel?.trim() || DEFAULT_CONFIDENTIALITY_LABEL;
  const frame: FrameTexts = {
    facilityName: ctx.facilityName,
    documentTitle: ctx.documentTitle,
    confidentialityLabel,
    version: ctx.planVersion ? `${ctx.version}／${ctx.planVersion}` : ctx.version,
    printDate: formatPrintDate(ctx.printedAt),
    demo: ctx.demo,
  };
  return {
    frame,
    pageOrientation: options.orientation ?? 'portrait',
    ...(options.pageSize && options.pageSize !== 'A4' ? { pageSize: options.pageSize } : {}),
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
    ...(ctx.demo ? { watermark: { text: DEMO_MARK, color: FRAME_COLORS.markRed, opacity: 0.1, bold: true, fontSize: 84, angle: -40 } } : {}),
    content,
  };
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
 * The pdfmake document definition for `doc`: a fresh deep copy (pdfmake mutates what it lays out) with A4 size and
 * language added. The footer function draws nothing (page-frame.ts does, while pages are drawn); it is only where pdfmake
 * tells us the page count before writing starts.
 */
export function toPdfmakeDefinition(doc: PdfDocument, hooks: MaterializeHooks = {}): Record<string, unknown> {
  const { frame: _frame, ...rest } = structuredClone(doc);
  return {
    ...rest,
    pageSize: rest.pageSize ?? 'A4',
    language: 'ja-JP',
    pageBreakBefore: keepHeadingsWithContent,
    footer: (current: number, total: number) => {
      if (current === 1) hooks.onPageCount?.(total);
      return null;
    },
  };
}
