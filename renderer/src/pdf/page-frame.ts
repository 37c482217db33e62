import { DEMO_MARK, FRAME_COLORS, type FrameTexts, type PageMargins } from './frame';

/**
 * The header and footer of every printed page, drawn straight onto each page while pdfmake draws the laid-out
 * content (pdfkit-pen.ts). Letting pdfmake lay them out as header/footer content cost it preprocessing, style
 * resolution and measuring on every page (about 0.7 ms a page, 15–40 % of a forms kit; see the PDF figures of
 * `npm run bench`); the frame is a handful of one-line texts at fixed places, so it is placed here instead.
 *
 * Drawing goes through FramePen so this stays pure and testable; pdfkit-pen.ts is the one PDF implementation.
 */

export interface FrameTextStyle {
  size: number;
  bold: boolean;
  color: string;
}

/** What the frame needs from a page: measure and draw one-line text, rules and boxes. y grows downwards. */
export interface FramePen {
  widthOf(text: string, style: FrameTextStyle): number;
  /** `y` is the top of the text line. */
  text(text: string, x: number, y: number, style: FrameTextStyle): void;
  line(x1: number, y1: number, x2: number, y2: number, lineWidth: number, color: string): void;
  box(x: number, y: number, w: number, h: number, lineWidth: number, lineColor: string, fillColor?: string): void;
}

export interface PageSize {
  width: number;
  height: number;
}

/** Draws the frame on the current page; all but 「x / y ページ」 was placed once for the page size. */
export type PageFrame = (pageNumber: number, total: number) => void;

type Draw = () => void;

const FACILITY: FrameTextStyle = { size: 8, bold: false, color: FRAME_COLORS.muted };
const TITLE: FrameTextStyle = { size: 8.5, bold: true, color: FRAME_COLORS.ink };
const FOOTER: FrameTextStyle = { size: 8, bold: false, color: FRAME_COLORS.muted };
const MARK: FrameTextStyle = { size: 9, bold: true, color: FRAME_COLORS.markRed };

/** Long names shrink to this size before they are shortened with 「…」. */
const MIN_SIZE = 6.5;

const HEADER_TOP = 20;
const HEADER_TEXT_TOP = 23;
const MARK_HEIGHT = 15;
const MARK_PADDING = 5;
const GAP = 6;
const TITLE_PADDING = 12;
const HEADER_RULE = { y: HEADER_TOP + MARK_HEIGHT + 4, width: 0.6, color: '#9aa0a8' };
/** Footer positions are measured up from the bottom edge of the page. */
const FOOTER_RULE = { fromBottom: 36, width: 0.4, color: '#b4b9c0' };
const FOOTER_TEXT_FROM_BOTTOM = 32;
const FOOTER_GAP = 10;
const ELLIPSIS = '…';

function formatPageNumber(current: number, total: number): string {
  return `${current} / ${total} ページ`;
}

export interface FittedText {
  text: string;
  style: FrameTextStyle;
  width: number;
}

/**
 * `text` within `maxWidth`: first at its own size, then smaller down to MIN_SIZE, then shortened with 「…」, so a
 * long facility name or title stays on its one line instead of running into its neighbours.
 */
export function fitText(pen: FramePen, text: string, style: FrameTextStyle, maxWidth: number): FittedText {
  let fitted = { ...style };
  let width = pen.widthOf(text, fitted);
  while (width > maxWidth && fitted.size > MIN_SIZE) {
    fitted = { ...fitted, size: Math.max(MIN_SIZE, fitted.size - 0.5) };
    width = pen.widthOf(text, fitted);
  }
  if (width <= maxWidth) return { text, style: fitted, width };
  const chars = [...text];
  while (chars.length > 0) {
    chars.pop();
    const shortened = chars.join('').trimEnd() + ELLIPSIS;
    width = pen.widthOf(shortened, fitted);
    if (width <= maxWidth) return { text: shortened, style: fitted, width };
  }
  return { text: '', style: fitted, width: 0 };
}

/** The boxed marks at the right of the header (サンプルデータ in white on red, then the confidentiality label). */
function placeMarks(pen: FramePen, frame: FrameTexts, right: number): { start: number; draws: Draw[] } {
  const marks = [
    ...(frame.demo ? [{ text: DEMO_MARK, color: '#ffffff', fill: FRAME_COLORS.markRed }] : []),
    { text: frame.confidentialityLabel, color: FRAME_COLORS.markRed, fill: undefined },
  ];
  const widths = marks.map((m) => pen.widthOf(m.text, MARK));
  const start = right - widths.reduce((sum, w) => sum + w + 2 * MARK_PADDING + GAP, -GAP);
  let x = start;
  const draws = marks.flatMap((mark, i): Draw[] => {
    const [at, w] = [x, widths[i]! + 2 * MARK_PADDING];
    x += w + GAP;
    return [
      () => pen.box(at, HEADER_TOP, w, MARK_HEIGHT, 0.9, FRAME_COLORS.markRed, mark.fill),
      () => pen.text(mark.text, at + MARK_PADDING, HEADER_TOP + 1, { ...MARK, color: mark.color }),
    ];
  });
  return { start, draws };
}

function placeHeader(pen: FramePen, frame: FrameTexts, size: PageSize, [left, , right]: PageMargins): Draw[] {
  const contentRight = size.width - right;
  const marks = placeMarks(pen, frame, contentRight);
  // Facility at the left, title right-aligned before the marks; when both cannot fit, each keeps at least half.
  const free = marks.start - GAP - TITLE_PADDING - left - GAP;
  const facilityWidth = pen.widthOf(frame.facilityName, FACILITY);
  const titleRoom = Math.max(free / 2, free - facilityWidth);
  const title = fitText(pen, frame.documentTitle, TITLE, titleRoom);
  const facility = fitText(pen, frame.facilityName, FACILITY, free - title.width);
  return [
    ...marks.draws,
    () => pen.text(facility.text, left, HEADER_TEXT_TOP, facility.style),
    () => pen.text(title.text, marks.start - GAP - TITLE_PADDING - title.width, HEADER_TEXT_TOP, title.style),
    () => pen.line(left, HEADER_RULE.y, contentRight, HEADER_RULE.y, HEADER_RULE.width, HEADER_RULE.color),
  ];
}

function placeFooter(pen: FramePen, frame: FrameTexts, size: PageSize, [left, , right]: PageMargins): PageFrame {
  const contentRight = size.width - right;
  const ruleY = size.height - FOOTER_RULE.fromBottom;
  const textY = size.height - FOOTER_TEXT_FROM_BOTTOM;
  const printDate = `印刷日：${frame.printDate}`;
  const dateX = left + (contentRight - left - pen.widthOf(printDate, FOOTER)) / 2;
  const side = dateX - left - FOOTER_GAP;
  const version = fitText(pen, `版：${frame.version}`, FOOTER, side);
  return (pageNumber, total) => {
    pen.line(left, ruleY, contentRight, ruleY, FOOTER_RULE.width, FOOTER_RULE.color);
    pen.text(printDate, dateX, textY, FOOTER);
    pen.text(version.text, left, textY, version.style);
    const number = fitText(pen, formatPageNumber(pageNumber, total), FOOTER, side);
    pen.text(number.text, contentRight - number.width, textY, number.style);
  };
}

/**
 * Header (facility, title, marks, rule) and footer (rule, 版, 印刷日, 「x / y ページ」) for pages of one size. The
 * measuring and fitting happen here, once, not again on every page of a 500-page list.
 */
export function layoutPageFrame(pen: FramePen, frame: FrameTexts, size: PageSize, margins: PageMargins): PageFrame {
  const header = placeHeader(pen, frame, size, margins);
  const footer = placeFooter(pen, frame, size, margins);
  return (pageNumber, total) => {
    for (const draw of header) draw();
    footer(pageNumber, total);
  };
}
