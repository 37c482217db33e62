// pdfmake 0.3 ships no typings and @types/pdfmake (0.2-era) is not installed. This declares only the engine API we
// call; the document definition itself is typed by doc-types.ts, so createPdf takes a plain object here.
// Kept as a global script (no top-level import/export) so the `declare module` blocks are ambient declarations.

declare namespace PdfMakeEngine {
  interface VirtualFileSystem {
    existsSync(filename: string): boolean;
    writeFileSync(filename: string, content: Uint8Array): void;
  }

  interface OutputDocument {
    /** Browser build: a Buffer polyfill; Node: a Buffer. Both are Uint8Arrays. */
    getBuffer(): Promise<Uint8Array>;
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
    /** Called with 0–1 while laid-out pages are written to PDF (not during layout). Global to the instance. */
    setProgressCallback(callback: ((fraction: number) => void) | undefined): void;
    setUrlAccessPolicy(callback: ((url: string) => boolean) | undefined): void;
    createPdf(docDefinition: object, options?: object): OutputDocument;
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
