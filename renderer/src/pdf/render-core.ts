import { fontDictionary, FONT_FILES, type FontFile } from './fonts';
import { toPdfmakeDefinition, type PdfDocument } from './frame';
import { createFrameDrawer } from './pdfkit-pen';
import { errorMessage, PdfRenderError, type PdfRenderProgress } from './render-messages';
import { TABLE_LAYOUTS } from './table-layouts';

/**
 * Rendering shared by the worker (pdfmake's browser build, fonts fetched) and by tests (pdfmake's Node build, fonts
 * read from disk): one place decides fonts, table layouts and progress reporting.
 */

export interface RenderResult {
  bytes: Uint8Array;
  pageCount: number;
}

export type FontLoader = (file: FontFile) => Promise<Uint8Array>;

/** Writing progress arrives once per drawn item; a few dozen messages are plenty for a progress bar. */
const PROGRESS_STEP = 0.02;

export function createRenderService(engine: PdfMakeEngine.Instance, loadFont: FontLoader) {
  let fontsReady: Promise<void> | null = null;
  const fontBytes = new Map<FontFile, Uint8Array>();

  engine.addTableLayouts(TABLE_LAYOUTS);
  // Documents never reference remote resources; refusing URLs keeps "no request leaves the computer" true even if
  // a future document passes an image URL by mistake.
  engine.setUrlAccessPolicy(() => false);

  async function loadFontsOnce(): Promise<void> {
    const files = Object.values(FONT_FILES);
    const loaded = await Promise.all(files.map((file) => loadFont(file)));
    files.forEach((file, i) => {
      const bytes = loaded[i];
      if (!bytes) return;
      engine.virtualfs.writeFileSync(file, bytes);
      fontBytes.set(file, bytes);
    });
    engine.setFonts(fontDictionary((file) => file));
  }

  function ensureFonts(): Promise<void> {
    // A failed load is not cached, so the next print retries (the files may have been briefly unreadable).
    fontsReady ??= loadFontsOnce().catch((error: unknown) => {
      fontsReady = null;
      throw new PdfRenderError('font-load-failed', `フォントを読み込めませんでした: ${errorMessage(error)}`, { cause: error });
    });
    return fontsReady;
  }

  return async function render(doc: PdfDocument, report: (p: PdfRenderProgress) => void = () => {}): Promise<RenderResult> {
    report({ stage: 'fonts' });
    await ensureFonts();

    report({ stage: 'layout' });
    let pageCount = 0;
    let lastFraction = -1;
    const frame = createFrameDrawer(doc.frame, doc.pageMargins, () => pageCount);
    let named = false;
    engine.setProgressCallback(function (fraction) {
      if (!named) {
        // Text inside an SVG (the network diagram) is drawn by svg-to-pdfkit, which asks pdfkit for the font by the
        // file name in pdfmake's font dictionary. The browser build's pdfkit reads files from pdfmake's virtual fs and
        // finds it; the Node build's pdfkit reads the disk and would not, leaving the labels in no Japanese font.
        // Naming the bundled fonts on the document serves both. The first callback comes after the first drawn item,
        // which in every document is the title or a line of text, never an SVG.
        for (const [file, bytes] of fontBytes) this.pdfDocument.registerFont(file, bytes);
        named = true;
      }
      frame.onRendering(this.pdfDocument);
      if (fraction - lastFraction >= PROGRESS_STEP || fraction === 1) {
        lastFraction = fraction;
        report({ stage: 'writing', fraction, pageCount });
      }
    });
    try {
      const definition = toPdfmakeDefinition(doc, { onPageCount: (total) => (pageCount = total) });
      const output = engine.createPdf(definition);
      frame.finish(await output.getStream());
      const bytes = await output.getBuffer();
      return { bytes, pageCount };
    } catch (error) {
      throw new PdfRenderError('render-failed', `PDF を作成できませんでした: ${errorMessage(error)}`, { cause: error });
    } finally {
      engine.setProgressCallback(undefined);
    }
  };
}

export type RenderService = ReturnType<typeof createRenderService>;
