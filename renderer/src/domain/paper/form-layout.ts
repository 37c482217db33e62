/**
 * Geometry of one printed form sheet, in PDF points (1 pt = 0.353 mm). The designer uses it to refuse a design
 * that cannot fit one A4 sheet, the PDF builder to size the rows, the preview to draw to scale: one calculation.
 *
 * The numbers follow the shared page frame (pdf/frame.ts: A4, margins 40/62/40/50; a test checks they agree) and
 * the type sizes of the sheet. Heights are estimated generously (a CJK character is taken as 1 em wide), with
 * slack, so a sheet that is accepted never runs onto a second page; tests render the extremes to prove it.
 */

import { formatTemporaryId, type TemporaryIdNumbering } from './temporary-patient-ids';

export interface SheetDesign {
  title: string;
  department: string;
  copies: number;
  orientation: 'portrait' | 'landscape';
  headerFields: readonly { label: string }[];
  columns: readonly { label: string; width: number }[];
  rowsPerPage: number;
  signatureBoxes: readonly { label: string }[];
  notes: string;
  numbering?: unknown;
}

export const A4 = { width: 595.28, height: 841.89 } as const;
/** left, top, right, bottom: the frame's PAGE_MARGINS. */
export const SHEET_MARGINS = [40, 62, 40, 50] as const;

/** Type sizes and fixed heights of the sheet, shared with the PDF builder. */
export const SHEET_TYPE = {
  titleSize: 16,
  /** Width of the department (left) and copy-mark (right) columns beside the title: fixed, so the title's lines
   * can be counted and a long title wraps inside its own column instead of pushing the sheet onto a second page. */
  titleSideWidth: 100,
  copyMarkSize: 10,
  /** Top offsets that put the smaller side texts on the title's baseline. */
  departmentOffset: 6,
  copyMarkOffset: 5,
  labelSize: 9,
  headerSize: 9.5,
  idSize: 8,
  notesSize: 8,
  /** Noto Sans JP ascent + descent ≈ 1.45 em, times the frame's lineHeight 1.05. */
  lineFactor: 1.45 * 1.05,
  /** Grid layout cell padding (top + bottom) and (left + right). */
  cellPaddingY: 6,
  cellPaddingX: 8,
  headerFieldRow: 22,
  signatureBox: 44,
  signatureWidth: 64,
  gap: 8,
} as const;

/** A row must stay tall enough to write in by hand (blank) or to read a printed number (pre-numbered). */
export const MIN_ROW_HEIGHT = { blank: 10, numbered: 18 } as const;
/** Taller rows waste paper without helping anyone write. */
export const MAX_ROW_HEIGHT = 48;
const SLACK = 14;

export function pageSize(orientation: SheetDesign['orientation']): { width: number; height: number } {
  return orientation === 'landscape' ? { width: A4.height, height: A4.width } : { ...A4 };
}

export function contentSize(orientation: SheetDesign['orientation']): { width: number; height: number } {
  const page = pageSize(orientation);
  const [left, top, right, bottom] = SHEET_MARGINS;
  return { width: page.width - left - right, height: page.height - top - bottom };
}

const lineHeight = (size: number) => size * SHEET_TYPE.lineFactor;

/** Lines a text needs in a box `width` wide at `size`, counting every character as a full em (safe for CJK). */
function linesFor(text: string, width: number, size: number): number {
  const perLine = Math.max(1, Math.floor(width / size));
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil([...line].length / perLine)), 0);
}

/** Printed label of a form's department. */
export function formDepartmentLabel(department: string): string {
  return department || '全部署共通';
}

/** 1枚目（原本）, 2枚目（控え）…; a single copy carries no mark. */
export function copyMark(copyIndex: number, copies: number): string {
  if (copies <= 1) return '';
  return `${copyIndex + 1}枚目（${copyIndex === 0 ? '原本' : '控え'}）`;
}

/** Width of the title column between the department and the copy mark. */
export function titleWidth(orientation: SheetDesign['orientation']): number {
  return contentSize(orientation).width - 2 * (SHEET_TYPE.titleSideWidth + SHEET_TYPE.gap);
}

/** Height of the title row: the tallest of the title's, the department's and the copy mark's real lines. */
function titleRowHeight(design: Pick<SheetDesign, 'title' | 'department' | 'copies' | 'orientation'>): number {
  const side = SHEET_TYPE.titleSideWidth;
  const title = linesFor(design.title, titleWidth(design.orientation), SHEET_TYPE.titleSize) * lineHeight(SHEET_TYPE.titleSize);
  const department = SHEET_TYPE.departmentOffset + linesFor(formDepartmentLabel(design.department), side, SHEET_TYPE.labelSize) * lineHeight(SHEET_TYPE.labelSize);
  const marks = Array.from({ length: Math.max(1, design.copies) }, (_, i) => linesFor(copyMark(i, design.copies), side, SHEET_TYPE.copyMarkSize));
  const mark = SHEET_TYPE.copyMarkOffset + Math.max(...marks) * lineHeight(SHEET_TYPE.copyMarkSize);
  return Math.max(title, department, mark);
}

export function headerFieldsPerRow(orientation: SheetDesign['orientation']): number {
  return orientation === 'landscape' ? 3 : 2;
}

/** Column widths in points (relative widths shared out of the text width, cell padding and lines taken off). */
export function columnWidths(design: Pick<SheetDesign, 'orientation' | 'columns'>): number[] {
  const { width } = contentSize(design.orientation);
  const total = design.columns.reduce((sum, c) => sum + (c.width > 0 ? c.width : 0), 0) || 1;
  const usable = width - design.columns.length * SHEET_TYPE.cellPaddingX - (design.columns.length + 1) * 0.5;
  return design.columns.map((c) => Math.max(8, (usable * (c.width > 0 ? c.width : 0)) / total));
}

/**
 * Whether the longest temporary ID of a range prints inside the first column. IDs are printed on one line at a
 * readable size, never shrunk or wrapped (staff copy them by hand), so a design they would overrun is refused.
 * Digits are taken as 0.6 em (Noto Sans JP Bold: 0.59), every other character as a full em.
 */
export function idFitsFirstColumn(design: Pick<SheetDesign, 'orientation' | 'columns'>, range: Pick<TemporaryIdNumbering, 'prefix' | 'digits' | 'rangeEnd'>): boolean {
  const id = formatTemporaryId(range, range.rangeEnd);
  const width = [...id].reduce((sum, ch) => sum + (/[0-9]/.test(ch) ? 0.6 : 1), 0) * SHEET_TYPE.idSize;
  return width <= (columnWidths(design)[0] ?? 0);
}

export interface SheetLayout {
  /** Height of each table row (points). */
  rowHeight: number;
  /** The most rows that fit with the rest of this design. */
  maxRows: number;
  fits: boolean;
  /** Estimated heights of the fixed parts, for the preview. */
  parts: { title: number; headerFields: number; tableHeader: number; signatures: number; notes: number };
}

export function sheetLayout(design: SheetDesign): SheetLayout {
  const content = contentSize(design.orientation);
  const title = titleRowHeight(design) + SHEET_TYPE.gap;
  const fieldRows = Math.ceil(design.headerFields.length / headerFieldsPerRow(design.orientation));
  const headerFields = fieldRows > 0 ? fieldRows * (SHEET_TYPE.headerFieldRow + 0.5) + SHEET_TYPE.gap : 0;
  const widths = columnWidths(design);
  const headerLines = Math.max(1, ...design.columns.map((c, i) => linesFor(c.label, widths[i] ?? 8, SHEET_TYPE.headerSize)));
  const tableHeader = headerLines * lineHeight(SHEET_TYPE.headerSize) + SHEET_TYPE.cellPaddingY + 1.6;
  const signatures =
    design.signatureBoxes.length > 0 ? SHEET_TYPE.gap + lineHeight(SHEET_TYPE.labelSize) + SHEET_TYPE.cellPaddingY + SHEET_TYPE.signatureBox + 2 : 0;
  const notes = design.notes.trim() ? SHEET_TYPE.gap / 2 + linesFor(design.notes.trim(), content.width, SHEET_TYPE.notesSize) * lineHeight(SHEET_TYPE.notesSize) : 0;
  const forRows = content.height - title - headerFields - tableHeader - signatures - notes - SLACK;
  // Each row also carries its 0.4 pt rule.
  const perRow = (forRows - 0.4 * design.rowsPerPage) / Math.max(1, design.rowsPerPage);
  const minimum = design.numbering ? MIN_ROW_HEIGHT.numbered : MIN_ROW_HEIGHT.blank;
  const maxRows = Math.max(0, Math.floor(forRows / (minimum + 0.4)));
  return {
    rowHeight: Math.floor(Math.min(MAX_ROW_HEIGHT, perRow) * 10) / 10,
    maxRows,
    fits: perRow >= minimum,
    parts: { title, headerFields, tableHeader, signatures, notes },
  };
}
