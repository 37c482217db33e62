import type { PdfDocument } from './frame';
import {
  PdfRenderError,
  type PdfRenderProgress,
  type RenderRequest,
  type RenderResponse,
} from './render-messages';

export { PdfRenderError } from './render-messages';
export type { PdfErrorCode, PdfRenderProgress, PdfRenderStage } from './render-messages';

export interface RenderPdfOptions {
  onProgress?(progress: PdfRenderProgress): void;
  /** Stops the job (a 500-page list takes a while): a queued job is dropped, a running one ends with its worker. */
  signal?: AbortSignal;
}

/** The part of Worker the client uses, so tests can pass an in-process fake. */
export interface WorkerLike {
  postMessage(message: RenderRequest): void;
  onmessage: ((event: MessageEvent<RenderResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

interface Job {
  id: number;
  doc: PdfDocument;
  options: RenderPdfOptions;
  resolve(bytes: Uint8Array<ArrayBuffer>): void;
  reject(error: PdfRenderError): void;
}

export interface PdfRenderer {
  render(doc: PdfDocument, options?: RenderPdfOptions): Promise<Uint8Array<ArrayBuffer>>;
  /** Terminates the worker and rejects everything pending (e.g. on window unload). */
  dispose(): void;
}

/**
 * A client owning one worker. Requests run one after another: pdfmake's progress callback is global to its
 * instance, and a second layout in parallel would only slow the first one down.
 */
export function createPdfRenderer(createWorker: () => WorkerLike): PdfRenderer {
  let worker: WorkerLike | null = null;
  let current: Job | null = null;
  const queue: Job[] = [];
  let nextId = 1;

  function failCurrent(error: PdfRenderError): void {
    const job = current;
    current = null;
    job?.reject(error);
  }

  function getWorker(): WorkerLike {
    if (worker) return worker;
    const w = createWorker();
    w.onmessage = (event) => {
      const message = event.data;
      const job = current;
      if (!job || message.id !== job.id) return; // a late message from a job already failed
      if (message.type === 'progress') {
        job.options.onProgress?.(message.progress);
        return;
      }
      current = null;
      if (message.type === 'done') job.resolve(new Uint8Array(message.bytes));
      else job.reject(new PdfRenderError(message.code, message.message));
      pump();
    };
    w.onerror = (event) => {
      // The worker script failed to load or crashed: start a fresh one for the next request.
      event.preventDefault();
      w.terminate();
      worker = null;
      failCurrent(new PdfRenderError('render-failed', `PDF 作成処理が停止しました: ${event.message || 'worker error'}`));
      pump();
    };
    worker = w;
    return w;
  }

  function pump(): void {
    if (current) return;
    const job = queue.shift();
    if (!job) return;
    current = job;
    try {
      getWorker().postMessage({ type: 'render', id: job.id, doc: job.doc });
    } catch (error) {
      // DataCloneError: the document contains something that cannot be posted (a function, a class instance).
      failCurrent(new PdfRenderError('render-failed', `PDF の内容を作成処理へ渡せませんでした: ${String(error)}`, { cause: error }));
      pump();
    }
  }

  /** pdfmake cannot be interrupted inside the worker, so a running job is stopped by ending the worker. */
  function cancel(job: Job): void {
    const error = cancelledError();
    if (current === job) {
      worker?.terminate();
      worker = null;
      failCurrent(error);
      pump();
      return;
    }
    const index = queue.indexOf(job);
    if (index >= 0) {
      queue.splice(index, 1);
      job.reject(error);
    }
  }

  return {
    render(doc, options = {}) {
      return new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
        const job: Job = { id: nextId++, doc, options, resolve, reject };
        const { signal } = options;
        if (signal?.aborted) return reject(cancelledError());
        signal?.addEventListener('abort', () => cancel(job), { once: true });
        queue.push(job);
        pump();
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      const error = new PdfRenderError('render-failed', 'PDF 作成処理は終了しました');
      failCurrent(error);
      for (const job of queue.splice(0)) job.reject(error);
    },
  };
}

function cancelledError(): PdfRenderError {
  return new PdfRenderError('cancelled', 'PDF の作成を中止しました');
}

let shared: PdfRenderer | null = null;

/** Renders a framed document to PDF bytes in the shared render worker. Rejects with PdfRenderError. */
export function renderPdf(doc: PdfDocument, options: RenderPdfOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  // Vite recognises this exact `new Worker(new URL(…, import.meta.url))` shape and bundles the worker chunk.
  shared ??= createPdfRenderer(() => new Worker(new URL('./render.worker.ts', import.meta.url), { type: 'module' }));
  return shared.render(doc, options);
}
