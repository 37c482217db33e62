// Test-only: what a reader finds on the printed page. Renders with the bundled fonts (as the worker does) and reads
// the PDF back with poppler, so a document test checks the paper, not pdfmake's input.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { PdfDocument } from '../frame';
import { renderPdfNode } from './render-node';

export const bundledFonts = {
  dir: fileURLToPath(new URL('../../../../resources/fonts', import.meta.url)),
  readFile: (path: string): Promise<Uint8Array> => readFile(path),
};

// BCP_PDF_OUT=<folder> keeps the PDFs to look at them (pdftoppm); otherwise they go to a temporary folder per test file.
const keepDir = process.env.BCP_PDF_OUT;
let workDir: string | null = null;
function pdfFolder(): string {
  if (keepDir) {
    mkdirSync(keepDir, { recursive: true });
    return keepDir;
  }
  workDir ??= mkdtempSync(join(tmpdir(), 'bcp-pdf-test-'));
  return workDir;
}
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = null;
});

/** Run a poppler tool (pdftotext, pdfinfo, pdffonts) and return what it prints. */
export function poppler(tool: string, ...args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}

/** pdftotext -layout pads columns with spaces and breaks lines by width: compare on text without any white space. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

export interface PrintedText {
  /** `pdftotext -layout`: columns kept as runs of spaces, pages separated by form feeds. */
  text: string;
  /** The text with all white space removed. */
  flat: string;
  /** The layout text of each page that has any text. */
  pages: string[];
  pageCount: number;
  /** The PDF file, for pdfinfo, pdffonts or `pdftotext -bbox`. */
  path: string;
  bytes: Uint8Array;
}

/** Render `doc` to `<name>` (unique within the test file) and read its text back as printed. */
export async function printedText(doc: PdfDocument, name: string): Promise<PrintedText> {
  const { bytes, pageCount } = await renderPdfNode(doc, bundledFonts);
  const path = join(pdfFolder(), name);
  writeFileSync(path, bytes);
  const text = poppler('pdftotext', '-layout', path, '-');
  return { text, flat: squash(text), pages: text.split('\f').filter((p) => p.trim() !== ''), pageCount, path, bytes };
}
