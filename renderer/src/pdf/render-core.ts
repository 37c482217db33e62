import { fontDictionary, FONT_FAMILY, FONT_FILES, type FontFile } from './fonts';
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

  engine.addTableLayouts(TABLE_LAYOUTS);
  // Documents never reference remote resources; refusing URLs keeps "no request leaves the computer" true even if
  // a future document passes an image URL by mistake.
  engine.setUrlAccessPolicy(() => false);

  async function loadFontsOnce(): Promise<void> {
    const files = Object.values(FONT_FILES);
    const loaded = await Promise.all(files.map((file) => loadFont(file)));
    files.forEach((file, i) => {
      const bytes = loaded[i];
      if (bytes) engine.virtualfs.writeFileSync(file, bytes);
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
        nameFontsForSvg(this.pdfDocument);
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

/**
 * Text inside an SVG (the network diagram) is drawn by svg-to-pdfkit, which asks pdfkit for the font by the file name
 * in pdfmake's font dictionary. pdfkit looks that name up in its font cache first, else opens it as a file: the
 * browser build's pdfkit reads pdfmake's virtual fs and finds it, the Node build's reads the disk and did not (the
 * labels then fell back to whatever font was current, with a warning per label). Caching the names as the very fonts
 * pdfmake embeds serves both builds, shares their subsets, and saves opening the font again for every label (which
 * pdfkit otherwise does: a font it finds already embedded is not cached under the new name). A face that is never
 * drawn is not embedded. Called on the first progress callback, i.e. after the first drawn item, which in every
 * document is a line of text, never an SVG.
 */
function nameFontsForSvg(pdf: PdfMakeEngine.PdfKitDocument): void {
  pdf._fontFamilies[FONT_FILES.regular] = pdf.provideFont(FONT_FAMILY, false, false);
  pdf._fontFamilies[FONT_FILES.bold] = pdf.provideFont(FONT_FAMILY, true, false);
}
