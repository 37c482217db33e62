// Test-only: renders with pdfmake's Node build and the bundled TTFs read from disk. Never imported by app code
// (the app renders in render.worker.ts). Node APIs stay in the test files: this file takes the fonts directory.
import pdfmake from 'pdfmake';
import type { PdfDocument } from '../frame';
import { createRenderService, type RenderResult, type RenderService } from '../render-core';
import type { PdfRenderProgress } from '../render-messages';

let service: RenderService | null = null;
let serviceFontsDir = '';

/**
 * `readFile` is injected (node:fs/promises readFile in tests) so this module has no Node imports of its own and
 * exercises the same virtual-fs font path as the worker.
 */
export async function renderPdfNode(
  doc: PdfDocument,
  fonts: { dir: string; readFile(path: string): Promise<Uint8Array> },
  onProgress?: (p: PdfRenderProgress) => void,
): Promise<RenderResult> {
  if (!service || serviceFontsDir !== fonts.dir) {
    // pdfmake's Node build reads nothing from disk here (fonts come from its virtual fs), so deny local access.
    pdfmake.setLocalAccessPolicy(() => false);
    service = createRenderService(pdfmake, (file) => fonts.readFile(`${fonts.dir}/${file}`));
    serviceFontsDir = fonts.dir;
  }
  return service(doc, onProgress);
}
