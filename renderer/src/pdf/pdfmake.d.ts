// pdfmake 0.3 ships no typings and @types/pdfmake (0.2-era) is not installed. This declares only the engine API we
// call; the document definition itself is typed by doc-types.ts, so createPdf takes a plain object here.
// Kept as a global script (no top-level import/export) so the `declare module` blocks are ambient declarations.
// The page frame (pdfkit-pen.ts) relies on two pdfmake internals declared below — the Renderer as `this` of the
// progress callback, and `_font` — so package.json pins pdfmake exactly; page-frame.test.ts fails if they change.
// render-core.ts also fills pdfkit's `_fontFamilies` for SVG text; network-documents.test.ts fails if that changes.

declare namespace PdfMakeEngine {
  interface VirtualFileSystem {
    existsSync(filename: string): boolean;
    writeFileSync(filename: string, content: Uint8Array): void;
  }

  interface OutputDocument {
    /** The pdfkit document with every page laid out and drawn, before it is ended. */
    getStream(): Promise<PdfKitDocument>;
    /** Ends the document. Browser build: a Buffer polyfill; Node: a Buffer. Both are Uint8Arrays. */
    getBuffer(): Promise<Uint8Array>;
  }

  /** pdfmake's Renderer, as far as the progress callback uses it. */
  interface Renderer {
    readonly pdfDocument: PdfKitDocument;
  }

  /** A font pdfmake has embedded (pdfkit's EmbeddedFont). */
  interface PdfKitFont {
    widthOfString(text: string, size: number): number;
  }

  /** The part of pdfkit's document (pdfmake's PDFDocument subclass) the page frame draws with. */
  interface PdfKitDocument {
    readonly page: { readonly width: number; readonly height: number };
    /** Pages already written out (start) and pages still open (count: 1 unless pages are buffered). */
    bufferedPageRange(): { start: number; count: number };
    /** 'pageAdded': a new page has become the current one, before anything is drawn on it. */
    on(event: 'pageAdded', listener: () => void): this;
    /** The embedded font pdfmake itself uses for that family and face, so the frame shares its subset. */
    provideFont(family: string, bold: boolean, italics: boolean): PdfKitFont;
    /**
     * pdfkit's fonts by the name font(name) was called with (its cache, looked up before anything is opened). SVG text
     * (svg-to-pdfkit) selects its font by the file name in pdfmake's font dictionary.
     */
    _fontFamilies: Record<string, PdfKitFont>;
    /** The current font. pdfmake's renderer selects fonts by assigning it; pdfkit's font() cannot take a font object. */
    _font: PdfKitFont;
    fontSize(size: number): this;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    opacity(opacity: number): this;
    lineWidth(width: number): this;
    undash(): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    rect(x: number, y: number, w: number, h: number): this;
    stroke(): this;
    fillAndStroke(): this;
    text(text: string, x: number, y: number, options: { lineBreak: false }): this;
    save(): this;
    restore(): this;
  }

  interface TableNode {
    table: { body: unknown[][]; widths?: unknown; headerRows?: number };
  }

  /** pdfmake's table layout callbacks: i is the line index (0 = top / left edge). */
  interface TableLayout {
    hLineWidth?(i: number, node: TableNode): number;
    vLineWidth?(i: number, node: TableNode): number;
    hLineColor?(i: number, node: TableNode): string;
    vLineColor?(i: number, node: TableNode): string;
    paddingLeft?(i: number, node: TableNode): number;
    paddingRight?(i: number, node: TableNode): number;
    paddingTop?(i: number, node: TableNode): number;
    paddingBottom?(i: number, node: TableNode): number;
    fillColor?(rowIndex: number, node: TableNode, columnIndex: number): string | null;
  }

  interface FontDescriptor {
    normal: string;
    bold?: string;
    italics?: string;
    bolditalics?: string;
  }

  interface Instance {
    readonly virtualfs: VirtualFileSystem;
    setFonts(fonts: Record<string, FontDescriptor>): void;
    addTableLayouts(layouts: Record<string, TableLayout>): void;
    /**
     * Called with 0–1 after each laid-out item is drawn (not during layout). Global to the instance. pdfmake calls it
     * as a method of its Renderer, which is how the page frame reaches the pdfkit document while pages are drawn.
     */
    setProgressCallback(callback: ((this: Renderer, fraction: number) => void) | undefined): void;
    setUrlAccessPolicy(callback: ((url: string) => boolean) | undefined): void;
    createPdf(docDefinition: object): OutputDocument;
  }

  interface NodeInstance extends Instance {
    setLocalAccessPolicy(callback: ((path: string) => boolean) | undefined): void;
  }
}

/** Browser build (webpack UMD with its own Buffer/stream/zlib polyfills); used by the render worker. */
declare module 'pdfmake/build/pdfmake.js' {
  const pdfMake: PdfMakeEngine.Instance;
  export default pdfMake;
}

/** Node build (CommonJS); used only by tests via testing/render-node.ts. */
declare module 'pdfmake' {
  const pdfMake: PdfMakeEngine.NodeInstance;
  export default pdfMake;
}
