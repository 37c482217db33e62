import type { FormTemplateFields } from '../../../domain/paper/form-template';
import { columnWidths, copyMark, formDepartmentLabel, headerFieldsPerRow, SHEET_TYPE, sheetLayout } from '../../../domain/paper/form-layout';
import type { PrintContext } from '../../../domain/print-context';
import { idsForSheet, type ReservedBlock } from '../../../domain/paper/temporary-patient-ids';
import type { Content, ContentStack, ContentTable, PageOrientation } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { TABLE_LAYOUT } from '../../table-layouts';

/**
 * A blank paper form (白紙帳票): every sheet exactly one A4 page, sized by domain/paper/form-layout.ts, printed
 * `copies` times (1枚目（原本）, 2枚目（控え）…). Pre-numbered forms carry reserved 仮患者番号 in the first column;
 * the copies of one sheet share its numbers, as carbon copies would.
 */

export type SheetForm = Pick<
  FormTemplateFields,
  'title' | 'department' | 'headerFields' | 'columns' | 'rowsPerPage' | 'signatureBoxes' | 'notes' | 'copies' | 'orientation' | 'numbering'
>;

const LABEL_FILL = '#f1f3f6';
const COPY_RED = '#b3261e';
const BLANK: Content = { text: '', fontSize: 1, lineHeight: 1 };

/** A page that may switch orientation (pdfmake reads pageOrientation on a node that starts a page). */
type PageNode = ContentStack & { pageOrientation?: PageOrientation };

function titleRow(form: SheetForm, copyIndex: number): Content {
  const mark = copyMark(copyIndex, form.copies);
  return {
    // Fixed side columns: sheetLayout counts the lines each part really takes, so the rows keep one page.
    columns: [
      {
        width: SHEET_TYPE.titleSideWidth,
        text: formDepartmentLabel(form.department),
        fontSize: SHEET_TYPE.labelSize,
        color: '#5b626d',
        margin: [0, SHEET_TYPE.departmentOffset, 0, 0],
      },
      { width: '*', text: form.title, fontSize: SHEET_TYPE.titleSize, bold: true, alignment: 'center' },
      {
        width: SHEET_TYPE.titleSideWidth,
        text: mark || ' ',
        fontSize: SHEET_TYPE.copyMarkSize,
        bold: true,
        color: COPY_RED,
        alignment: 'right',
        margin: [0, SHEET_TYPE.copyMarkOffset, 0, 0],
      },
    ],
    columnGap: SHEET_TYPE.gap,
    margin: [0, 0, 0, SHEET_TYPE.gap],
  };
}

function headerFieldsTable(form: SheetForm): Content | null {
  if (form.headerFields.length === 0) return null;
  const perRow = headerFieldsPerRow(form.orientation);
  const rows: Content[][] = [];
  for (let i = 0; i < form.headerFields.length; i += perRow) {
    const row: Content[] = [];
    for (let j = 0; j < perRow; j++) {
      const field = form.headerFields[i + j];
      row.push(
        field
          ? { text: field.label, bold: true, fontSize: SHEET_TYPE.labelSize, fillColor: LABEL_FILL, noWrap: true, margin: [0, 2, 0, 0] }
          : { text: '', fontSize: 1, fillColor: LABEL_FILL },
        BLANK,
      );
    }
    rows.push(row);
  }
  const table: ContentTable = {
    table: {
      widths: Array.from({ length: perRow * 2 }, (_, i) => (i % 2 === 0 ? 'auto' : '*')),
      heights: SHEET_TYPE.headerFieldRow - SHEET_TYPE.cellPaddingY,
      dontBreakRows: true,
      body: rows,
    },
    layout: TABLE_LAYOUT.grid,
    margin: [0, 0, 0, SHEET_TYPE.gap],
  };
  return table;
}

function rowsTable(form: SheetForm, ids: readonly string[] | undefined, rowHeight: number): Content {
  const widths = columnWidths(form);
  const cellHeight = Math.max(0, rowHeight - SHEET_TYPE.cellPaddingY);
  const body: Content[][] = [
    form.columns.map((c) => ({ text: c.label, style: 'tableHeader', alignment: 'center' as const })),
    ...Array.from({ length: form.rowsPerPage }, (_, r) =>
      form.columns.map((_c, col): Content => {
        const id = col === 0 ? ids?.[r] : undefined;
        // An empty cell still gets one line box of its font size: a 1 pt font lets `heights` alone size the row.
        return id ? { text: id, fontSize: SHEET_TYPE.idSize, lineHeight: 1, bold: true, noWrap: true } : BLANK;
      }),
    ),
  ];
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      heights: [0, ...Array.from({ length: form.rowsPerPage }, () => cellHeight)],
      body,
    },
    layout: TABLE_LAYOUT.grid,
  };
}

function signatureRow(form: SheetForm): Content | null {
  if (form.signatureBoxes.length === 0) return null;
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 'auto',
        table: {
          widths: form.signatureBoxes.map(() => SHEET_TYPE.signatureWidth),
          heights: [0, SHEET_TYPE.signatureBox],
          body: [
            form.signatureBoxes.map((b) => ({ text: b.label, fontSize: SHEET_TYPE.labelSize, bold: true, alignment: 'center' as const, fillColor: LABEL_FILL })),
            form.signatureBoxes.map(() => BLANK),
          ],
        },
        layout: TABLE_LAYOUT.grid,
      },
    ],
    margin: [0, SHEET_TYPE.gap, 0, 0],
  };
}

function notesBlock(form: SheetForm): Content | null {
  const notes = form.notes.trim();
  if (!notes) return null;
  return { text: notes, fontSize: SHEET_TYPE.notesSize, color: '#3b4252', margin: [0, SHEET_TYPE.gap / 2, 0, 0] };
}

export interface SheetRun {
  form: SheetForm;
  /** Sheets to print (each printed `copies` times). */
  sheets: number;
  /** Numbers reserved for a pre-numbered form: sheets × rowsPerPage of them. */
  block?: ReservedBlock;
}

/** Pages of one form, each starting a new page in the form's orientation (except when `first`). */
export function formPages(run: SheetRun, options: { first?: boolean } = {}): PageNode[] {
  const { form } = run;
  const { rowHeight } = sheetLayout(form);
  const pages: PageNode[] = [];
  for (let sheet = 0; sheet < run.sheets; sheet++) {
    const ids = form.numbering && run.block ? idsForSheet(form.numbering, run.block, sheet, form.rowsPerPage) : undefined;
    for (let copy = 0; copy < form.copies; copy++) {
      const isFirst = options.first === true && pages.length === 0;
      const parts = [titleRow(form, copy), headerFieldsTable(form), rowsTable(form, ids, rowHeight), signatureRow(form), notesBlock(form)];
      pages.push({
        stack: parts.filter((p): p is Content => p !== null),
        ...(isFirst ? {} : { pageBreak: 'before' as const, pageOrientation: form.orientation }),
      });
    }
  }
  return pages;
}

/** How many numbers a print run of a pre-numbered form needs. */
export function idsNeeded(form: Pick<SheetForm, 'numbering' | 'rowsPerPage'>, sheets: number): number {
  return form.numbering ? sheets * form.rowsPerPage : 0;
}

export interface BlankFormInput {
  context: Omit<PrintContext, 'documentTitle'>;
  run: SheetRun;
}

export function buildBlankFormDocument({ context, run }: BlankFormInput): PdfDocument {
  return buildFramedDocument({ ...context, documentTitle: run.form.title }, formPages(run, { first: true }), { orientation: run.form.orientation });
}
