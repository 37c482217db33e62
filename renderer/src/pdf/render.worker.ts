/// <reference lib="webworker" />
// The PDF render worker: layout and PDF writing take seconds for long lists, so they stay off the UI thread.
//
// pdfmake's browser build is a webpack bundle with its own Buffer/stream/zlib polyfills; Vite bundles it into this
// worker chunk. Its only Function()-constructor uses are fallbacks that modern engines never reach (guarded by
// `typeof globalThis === 'object'` or native Function.prototype.bind), so it runs under script-src 'self' without
// 'unsafe-eval'. Its vfs_fonts.js is deliberately not imported: fonts are fetched from the app's own files.
import pdfMake from 'pdfmake/build/pdfmake.js';
import { errorMessage, PdfRenderError, type RenderRequest, type RenderResponse } from './render-messages';
import { createRenderService } from './render-core';

// The renderer is served at the origin root (app://bcp/ in Electron, http://127.0.0.1:PORT/ in web mode) with
// resources/ as Vite's publicDir, so the fonts are at /fonts/… wherever this worker chunk itself lives.
const FONT_BASE = new URL('/fonts/', self.location.origin);

async function fetchFont(file: string): Promise<Uint8Array> {
  const url = new URL(file, FONT_BASE);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const render = createRenderService(pdfMake, fetchFont);

// lib DOM types `self` as Window, whose postMessage signature differs; this file only ever runs as a worker.
const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: RenderResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

/** An ArrayBuffer holding exactly the PDF, so it can be transferred without copying pooled neighbours. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) {
    return bytes.buffer;
  }
  return bytes.slice().buffer;
}

// The client sends one request at a time (render.ts queues), so pdfmake's global progress callback is never shared.
scope.onmessage = async (event: MessageEvent<RenderRequest>) => {
  const { id, doc } = event.data;
  try {
    const result = await render(doc, (progress) => post({ type: 'progress', id, progress }));
    const bytes = ownBuffer(result.bytes);
    post({ type: 'done', id, bytes, pageCount: result.pageCount }, [bytes]);
  } catch (error) {
    const code = error instanceof PdfRenderError ? error.code : 'render-failed';
    post({ type: 'error', id, code, message: errorMessage(error) });
  }
};
