import type { Content, ContentTable, TableDefinition, Width } from './doc-types';

/**
 * Shared table look for every document. Layouts are registered by name on the rendering side (worker and Node),
 * because functions cannot be posted to the worker; documents only carry the name.
 */
export const TABLE_LAYOUT = {
  /** Data tables: thin grid, shaded repeated header row. */
  grid: 'bcpGrid',
  /** Label/value tables: shaded label column. */
  keyValue: 'bcpKeyValue',
  /** A single framed box (guidance, signature blocks). */
  box: 'bcpBox',
} as const;

const LINE = '#8a8f98';
const HEADER_FILL = '#e6ebf2';
const LABEL_FILL = '#f1f3f6';

const thin = (): number => 0.5;
const lineColor = (): string => LINE;

export const TABLE_LAYOUTS: Record<string, PdfMakeEngine.TableLayout> = {
  [TABLE_LAYOUT.grid]: {
    hLineWidth: (i, node) => (i === 0 || i === node.table.body.length || i === (node.table.headerRows ?? 0) ? 0.8 : 0.4),
    vLineWidth: thin,
    hLineColor: lineColor,
    vLineColor: lineColor,
    paddingLeft: () => 4,
    paddingRight: () => 4,
    paddingTop: () => 3,
    paddingBottom: () => 3,
    fillColor: (row, node) => (row < (node.table.headerRows ?? 0) ? HEADER_FILL : null),
  },
  [TABLE_LAYOUT.keyValue]: {
    hLineWidth: thin,
    vLineWidth: thin,
    hLineColor: lineColor,
    vLineColor: lineColor,
    paddingLeft: () => 5,
    paddingRight: () => 5,
    paddingTop: () => 4,
    paddingBottom: () => 4,
    fillColor: (_row, _node, column) => (column === 0 ? LABEL_FILL : null),
  },
  [TABLE_LAYOUT.box]: {
    // Frame only: rows are paragraphs of one box, so no lines between them.
    hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 1 : 0),
    vLineWidth: () => 1,
    hLineColor: () => '#444a54',
    vLineColor: () => '#444a54',
    paddingLeft: () => 10,
    paddingRight: () => 10,
    paddingTop: (i) => (i === 0 ? 8 : 0),
    paddingBottom: (i, node) => (i === node.table.body.length - 1 ? 8 : 2),
  },
};

export interface DataTableOptions {
  /** Column headings; repeated at the top of every page the table runs onto. */
  header: readonly string[];
  rows: readonly (readonly Content[])[];
  widths?: readonly Width[];
  /** Extra node properties, e.g. margin. */
  margin?: ContentTable['margin'];
}

/** A data table with a repeated header row and rows that never split across pages. */
export function dataTable({ header, rows, widths, margin }: DataTableOptions): ContentTable {
  const table: TableDefinition = {
    headerRows: 1,
    dontBreakRows: true,
    keepWithHeaderRows: 1,
    widths: widths ? [...widths] : header.map(() => '*' as const),
    body: [header.map((h) => ({ text: h, style: 'tableHeader' })), ...rows.map((r) => [...r])],
  };
  return { table, layout: TABLE_LAYOUT.grid, ...(margin !== undefined ? { margin } : {}) };
}

/** Label/value rows (「施設名」「○○病院」…). */
export function keyValueTable(
  rows: readonly (readonly [string, Content])[],
  options: { labelWidth?: Width; margin?: ContentTable['margin'] } = {},
): ContentTable {
  return {
    table: {
      dontBreakRows: true,
      widths: [options.labelWidth ?? 90, '*'],
      body: rows.map(([label, value]) => [{ text: label, bold: true }, value]),
    },
    layout: TABLE_LAYOUT.keyValue,
    ...(options.margin !== undefined ? { margin: options.margin } : {}),
  };
}

/**
 * A framed box, one table row per block so a long box can continue on the next page between blocks. (Neither
 * `unbreakable` nor one tall row: pdfmake silently drops content that cannot fit on a single page.) A title is a
 * header row: kept with the first block and repeated if the box continues.
 */
export function framedBox(
  blocks: readonly Content[],
  options: { title?: string; fillColor?: string; margin?: ContentTable['margin'] } = {},
): ContentTable {
  const fill = options.fillColor ? { fillColor: options.fillColor } : {};
  const rows: Content[][] = blocks.map((block) => [{ stack: [block], ...fill }]);
  if (options.title) rows.unshift([{ text: options.title, bold: true, fontSize: 12, margin: [0, 0, 0, 2], ...fill }]);
  return {
    table: {
      widths: ['*'],
      dontBreakRows: true,
      ...(options.title ? { headerRows: 1, keepWithHeaderRows: 1 } : {}),
      body: rows,
    },
    layout: TABLE_LAYOUT.box,
    ...(options.margin !== undefined ? { margin: options.margin } : {}),
  };
}

/** A blank cell tall enough to write or sign in by hand. */
export function blankCell(heightPt = 28): Content {
  // A space, not '': pdfmake gives an empty string no line box, so the cell would collapse.
  return { text: ' ', margin: [0, heightPt / 2, 0, heightPt / 2] };
}
