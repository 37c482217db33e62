/**
 * The subset of pdfmake's document definition our builders use.
 *
 * Everything here is plain data (no functions), because documents are built on the UI thread and posted to the
 * render worker with structured clone. Dynamic parts (page numbers) and table layout functions are attached on the
 * rendering side: see frame.ts (toPdfmakeDefinition) and table-layouts.ts (named layouts).
 */

export type Alignment = 'left' | 'center' | 'right' | 'justify';
export type Margins = number | [number, number] | [number, number, number, number];
/** pdfmake column / table widths: points, '*' (share the rest), 'auto' (fit content) or a percentage like '30%'. */
export type Width = number | '*' | 'auto' | `${number}%`;

export interface StyleProperties {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  alignment?: Alignment;
  color?: string;
  background?: string;
  fillColor?: string;
  lineHeight?: number;
  characterSpacing?: number;
  decoration?: 'underline' | 'lineThrough' | 'overline';
  noWrap?: boolean;
  margin?: Margins;
  preserveLeadingSpaces?: boolean;
}

export interface NodeProperties extends StyleProperties {
  /** Named style(s) from the frame's style dictionary (title, h1, h2, tableHeader, small, …). */
  style?: string | string[];
  pageBreak?: 'before' | 'after';
  /**
   * Keep this node on one page. Only for blocks known to be short: pdfmake silently DROPS an unbreakable block
   * taller than a page.
   */
  unbreakable?: boolean;
  /** Marks a heading: the frame moves it to the next page rather than leave it alone at the foot of a page. */
  headlineLevel?: number;
  /** Width when used inside `columns`. */
  width?: Width;
  /** Offset from where the node would be placed (used to lay text over a canvas box). */
  relativePosition?: { x: number; y: number };
  /** Table cell spans; the covered cells must be present as ''. */
  colSpan?: number;
  rowSpan?: number;
  /** Table cell borders [left, top, right, bottom]. */
  border?: [boolean, boolean, boolean, boolean];
  id?: string;
  /** Starts pages from here on in this orientation (with pageBreak: 'before'). */
  pageOrientation?: PageOrientation;
}

export type Inline = string | ContentText;

export interface ContentText extends NodeProperties {
  text: Inline | Inline[];
  /** As an item of an ordered list: the number printed instead of the running count (the number staff typed). */
  counter?: number;
  /** Listed in the table of contents (ContentToc) with the number of the page it lands on. */
  tocItem?: boolean;
  /** How its line in the table of contents looks (e.g. a chapter bold, a section indented). */
  tocStyle?: StyleProperties;
  tocMargin?: [number, number, number, number];
  tocNumberStyle?: StyleProperties;
}

/** pdfmake's table of contents: every `tocItem` text with the page it lands on, filled in by the layout. */
export interface ContentToc extends NodeProperties {
  toc: { title?: Content; textStyle?: StyleProperties; numberStyle?: StyleProperties; textMargin?: [number, number, number, number] };
}

export interface ContentStack extends NodeProperties {
  stack: Content[];
}

export interface ContentColumns extends NodeProperties {
  columns: Content[];
  columnGap?: number;
}

export interface TableDefinition {
  body: Content[][];
  widths?: Width[] | Width;
  heights?: number | number[];
  /** Rows repeated at the top of every page the table continues on. */
  headerRows?: number;
  /**
   * Never split a row across pages (a phone number split over two sheets is worse than white space). Caution:
   * pdfmake drops a row taller than a whole page when this is set, so keep cells short or turn it off.
   */
  dontBreakRows?: boolean;
  /** Keep the header rows together with at least this many following rows. */
  keepWithHeaderRows?: number;
}

export interface ContentTable extends NodeProperties {
  table: TableDefinition;
  /** A layout name: ours from table-layouts.ts or pdfmake's built-ins ('noBorders', 'lightHorizontalLines', …). */
  layout?: string;
}

export interface ContentList extends NodeProperties {
  ul?: Content[];
  ol?: Content[];
  type?: 'disc' | 'circle' | 'square' | 'none' | 'decimal' | 'lower-alpha' | 'upper-alpha' | 'lower-roman';
  markerColor?: string;
}

export interface CanvasLine {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth?: number;
  lineColor?: string;
  dash?: { length: number; space?: number };
}

export interface CanvasRect {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  r?: number;
  lineWidth?: number;
  lineColor?: string;
  color?: string;
}

export interface ContentCanvas extends NodeProperties {
  canvas: (CanvasLine | CanvasRect)[];
}

export type Content =
  | string
  | Content[]
  | ContentText
  | ContentStack
  | ContentColumns
  | ContentTable
  | ContentList
  | ContentCanvas
  | ContentToc;

export type StyleDictionary = Record<string, StyleProperties>;

export interface Watermark {
  text: string;
  color?: string;
  opacity?: number;
  bold?: boolean;
  fontSize?: number;
  angle?: number;
}

export interface DocumentInfo {
  title: string;
  subject?: string;
  author?: string;
  creator?: string;
  producer?: string;
  keywords?: string;
}

export type PageOrientation = 'portrait' | 'landscape';
