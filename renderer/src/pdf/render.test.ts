import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pdfmake from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { buildFramedDocument, type PdfDocument } from './frame';
import type { FontLoader } from './render-core';
import { createRenderService } from './render-core';
import { createPdfRenderer, PdfRenderError, type PdfRenderProgress, type WorkerLike } from './render';
import type { RenderRequest, RenderResponse } from './render-messages';

const fontsDir = fileURLToPath(new URL('../../../resources/fonts/', import.meta.url));
const diskFonts: FontLoader = (file) => readFile(`${fontsDir}${file}`);
pdfmake.setLocalAccessPolicy(() => false);

const doc = (title: string): PdfDocument =>
  buildFramedDocument({ facilityName: 'テスト病院', documentTitle: title, version: 'v1', printedAt: new Date(2026, 0, 5), demo: false }, [
    { text: title, style: 'title' },
    'lorem',
  ]);

/** Runs the real render core in-process behind the worker message protocol (structured clone included). */
function fakeWorker(loadFont: FontLoader, log: string[] = []): () => WorkerLike {
  return () => {
    const render = createRenderService(pdfmake, loadFont);
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => log.push('terminate'),
      postMessage(request: RenderRequest) {
        const { id, doc: d } = structuredClone(request);
        const send = (m: RenderResponse) => queueMicrotask(() => w.onmessage?.({ data: m } as MessageEvent<RenderResponse>));
        log.push(`start ${d.frame.documentTitle}`);
        render(d, (progress) => send({ type: 'progress', id, progress })).then(
          ({ bytes, pageCount }) => {
            log.push(`end ${d.frame.documentTitle}`);
            send({ type: 'done', id, bytes: bytes.slice().buffer, pageCount });
          },
          (e: PdfRenderError) => send({ type: 'error', id, code: e.code, message: e.message }),
        );
      },
    };
    return w;
  };
}

describe('renderPdf client', () => {
  it('stops a running job by ending its worker, drops a queued one, and the next job still prints', async () => {
    const log: string[] = [];
    const renderer = createPdfRenderer(fakeWorker(diskFonts, log));
    const [running, queued] = [new AbortController(), new AbortController()];
    const first = renderer.render(doc('長い一覧'), { signal: running.signal, onProgress: () => running.abort() });
    const second = renderer.render(doc('待ち'), { signal: queued.signal });
    queued.abort();
    await expect(second).rejects.toMatchObject({ code: 'cancelled' });
    await expect(first).rejects.toMatchObject({ code: 'cancelled' });
    expect(log).toContain('terminate');
    expect(log).not.toContain('start 待ち');
    const bytes = await renderer.render(doc('次'));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });

  it('returns PDF bytes and reports fonts → layout → writing', async () => {
    const renderer = createPdfRenderer(fakeWorker(diskFonts));
    const progress: PdfRenderProgress[] = [];
    const bytes = await renderer.render(doc('A'), { onProgress: (p) => progress.push(p) });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const stages = [...new Set(progress.map((p) => p.stage))];
    expect(stages).toEqual(['fonts', 'layout', 'writing']);
    expect(progress.at(-1)).toEqual({ stage: 'writing', fraction: 1, pageCount: 1 });
    // The bar only grows, and shows 100 % once, when the file is finished (frame and compression included).
    const fractions = progress.flatMap((p) => (p.fraction === undefined ? [] : [p.fraction]));
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.filter((f) => f === 1)).toHaveLength(1);
  });

  it('runs queued requests one at a time, in order', async () => {
    const log: string[] = [];
    const renderer = createPdfRenderer(fakeWorker(diskFonts, log));
    const results = await Promise.all([renderer.render(doc('A')), renderer.render(doc('B')), renderer.render(doc('C'))]);
    expect(results).toHaveLength(3);
    expect(log).toEqual(['start A', 'end A', 'start B', 'end B', 'start C', 'end C']);
  });

  it("rejects with 'font-load-failed' when the font files cannot be read, and retries next time", async () => {
    let fail = true;
    const renderer = createPdfRenderer(
      fakeWorker(async (file) => {
        if (fail) throw new Error(`/fonts/${file}: HTTP 404`);
        return diskFonts(file);
      }),
    );
    const error = await renderer.render(doc('A')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfRenderError);
    expect(error).toMatchObject({ code: 'font-load-failed' });
    expect((error as Error).message).toContain('HTTP 404');
    fail = false;
    await expect(renderer.render(doc('B'))).resolves.toBeInstanceOf(Uint8Array);
  });

  it("rejects with 'render-failed' when pdfmake throws", async () => {
    const renderer = createPdfRenderer(fakeWorker(diskFonts));
    const bad = { ...doc('A'), content: { text: 'x', font: 'NoSuchFont' } };
    await expect(renderer.render(bad)).rejects.toMatchObject({ code: 'render-failed' });
  });

  it("rejects with 'render-failed' when the worker dies, then starts a fresh worker", async () => {
    let created = 0;
    const healthy = fakeWorker(diskFonts);
    const renderer = createPdfRenderer(() => {
      created++;
      if (created > 1) return healthy();
      const dead: WorkerLike = {
        onmessage: null,
        onerror: null,
        terminate: () => {},
        postMessage: () =>
          queueMicrotask(() => dead.onerror?.({ message: 'boom', preventDefault: () => {} } as ErrorEvent)),
      };
      return dead;
    });
    await expect(renderer.render(doc('A'))).rejects.toMatchObject({ code: 'render-failed' });
    await expect(renderer.render(doc('B'))).resolves.toBeInstanceOf(Uint8Array);
    expect(created).toBe(2);
  });

  it("rejects with 'render-failed' when the document cannot be posted", async () => {
    const renderer = createPdfRenderer(fakeWorker(diskFonts));
    const withFunction = { ...doc('A'), content: { text: 'x', fn: () => 1 } } as unknown as PdfDocument;
    await expect(renderer.render(withFunction)).rejects.toMatchObject({ code: 'render-failed' });
  });
});
