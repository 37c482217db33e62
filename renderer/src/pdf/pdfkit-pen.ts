import type { FrameTexts, PageMargins } from './frame';
import { FONT_FAMILY } from './fonts';
import { layoutPageFrame, type FramePen, type FrameTextStyle, type PageFrame } from './page-frame';

/** The page frame's pen on pdfkit, using the fonts pdfmake has already embedded. */
function pdfkitPen(pdf: PdfMakeEngine.PdfKitDocument): FramePen {
  const regular = pdf.provideFont(FONT_FAMILY, false, false);
  const bold = pdf.provideFont(FONT_FAMILY, true, false);
  const fontOf = (style: FrameTextStyle) => (style.bold ? bold : regular);
  return {
    widthOf: (text, style) => fontOf(style).widthOfString(text, style.size),
    text(text, x, y, style) {
      pdf._font = fontOf(style);
      pdf.fontSize(style.size).fillColor(style.color).text(text, x, y, { lineBreak: false });
    },
    line(x1, y1, x2, y2, lineWidth, color) {
      pdf.lineWidth(lineWidth).strokeColor(color).moveTo(x1, y1).lineTo(x2, y2).stroke();
    },
    box(x, y, w, h, lineWidth, lineColor, fillColor) {
      pdf.lineWidth(lineWidth).strokeColor(lineColor).rect(x, y, w, h);
      if (fillColor) pdf.fillColor(fillColor).fillAndStroke();
      else pdf.stroke();
    },
  };
}

export interface FrameDrawer {
  /** From pdfmake's progress callback: the first call hands over the document being drawn. */
  onRendering(pdf: PdfMakeEngine.PdfKitDocument): void;
  /** Once rendering is over: frames a document that had nothing to draw, and checks every page got its frame. */
  finish(pdf: PdfMakeEngine.PdfKitDocument): void;
}

/**
 * Draws the header and footer on each page as pdfmake's renderer opens it, so each page is still written out as soon
 * as it is done (buffering every page to draw the frames afterwards tripled the memory of a 500-page list).
 * `totalPages` is known by then: pdfmake reports it at the end of layout, before drawing starts.
 */
export function createFrameDrawer(frame: FrameTexts, margins: PageMargins, totalPages: () => number): FrameDrawer {
  let pdf: PdfMakeEngine.PdfKitDocument | null = null;
  let pen: FramePen | null = null;
  // One layout per page size (a kit mixes portrait and landscape).
  const layouts = new Map<string, PageFrame>();
  let framed = 0;

  function drawOnCurrentPage(): void {
    if (!pdf || !pen) return;
    const { width, height } = pdf.page;
    const key = `${width}x${height}`;
    let draw = layouts.get(key);
    if (!draw) layouts.set(key, (draw = layoutPageFrame(pen, frame, { width, height }, margins)));
    const { start, count } = pdf.bufferedPageRange();
    // The page stream may carry state from before (pdfmake leaves the demo watermark's opacity set): start clean.
    pdf.save();
    pdf.opacity(1).undash();
    draw(start + count, totalPages());
    pdf.restore();
    framed++;
  }

  const drawer: FrameDrawer = {
    onRendering(document) {
      if (pdf) return;
      pdf = document;
      pen = pdfkitPen(document);
      drawOnCurrentPage();
      document.on('pageAdded', drawOnCurrentPage);
    },
    finish(document) {
      drawer.onRendering(document);
      if (framed !== totalPages()) throw new Error(`page frame drawn on ${framed} of ${totalPages()} pages`);
    },
  };
  return drawer;
}
