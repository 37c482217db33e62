import type { PdfDocument } from './frame';

/** Messages between render.ts (UI thread) and render.worker.ts. */

/** 'cancelled': the user stopped the job (RenderPdfOptions.signal); not a failure. */
export type PdfErrorCode = 'font-load-failed' | 'render-failed' | 'cancelled';

export type PdfRenderStage = 'fonts' | 'layout' | 'writing';

export interface PdfRenderProgress {
  stage: PdfRenderStage;
  /** 0–1 within the stage, when the stage can measure it ('writing' only). */
  fraction?: number;
  /** Known once layout has finished. */
  pageCount?: number;
}

export interface RenderRequest {
  type: 'render';
  id: number;
  doc: PdfDocument;
}

export type RenderResponse =
  | { type: 'progress'; id: number; progress: PdfRenderProgress }
  | { type: 'done'; id: number; bytes: ArrayBuffer; pageCount: number }
  | { type: 'error'; id: number; code: PdfErrorCode; message: string };

export class PdfRenderError extends Error {
  override readonly name = 'PdfRenderError';

  constructor(
    readonly code: PdfErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
