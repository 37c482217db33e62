import type { FrameTexts, PageMargins } from './frame';
import { FONT_FAMILY } from './fonts';
import { drawPageFrame, type FramePen, type FrameTextStyle } from './page-frame';

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

/**
 * Draws the header and footer on every page of a pdfmake document created with `bufferPages: true`, after its
 * content has been drawn and before it is ended.
 */
export function drawFrameOnEveryPage(pdf: PdfMakeEngine.PdfKitDocument, frame: FrameTexts, margins: PageMargins): void {
  const pen = pdfkitPen(pdf);
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    // Each page stream ends in whatever state pdfmake left it (the demo watermark leaves its opacity): start clean.
    pdf.save();
    pdf.opacity(1).undash();
    drawPageFrame(pen, frame, { number: i - start + 1, total: count, width: pdf.page.width, height: pdf.page.height }, margins);
    pdf.restore();
  }
}
