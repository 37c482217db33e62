import { useCallback, useRef, useState } from 'react';
import { bridge, type HostErrorCode } from '../../bridge/client';
import type { PdfDocument } from '../../pdf/frame';
import { PdfRenderError, renderPdf, type PdfRenderStage } from '../../pdf/render';
import type { Printable } from './PrintCard';

/** What a document's preparation may use: report its parts as they are read, and stop when the user says so. */
export interface PrepareControl {
  signal: AbortSignal;
  report(done: number, total: number): void;
}

export type Prepare = (control: PrepareControl) => Promise<Printable | undefined> | Printable | undefined;

export type PrintJobState =
  | { kind: 'idle' }
  /** Reading the workbook to build the document (a 10,000-contact list takes a moment); a binder counts its sections. */
  | { kind: 'preparing'; done?: number; total?: number }
  | { kind: 'rendering'; stage: PdfRenderStage; fraction?: number; pageCount?: number }
  | { kind: 'saving' }
  | { kind: 'saved'; fileId: string; fileName: string; host: 'electron' | 'test' | 'web' }
  | { kind: 'cancelled' }
  /** The user stopped the PDF while it was being made. */
  | { kind: 'stopped' }
  | { kind: 'failed'; reason: 'font' | 'render' | { host: HostErrorCode } };

/**
 * Render a document off the UI thread, then hand it to the host: a save dialog in Electron, a download in a
 * browser. The state drives the progress bar and the follow-up offer (open, print, show in folder).
 */
export function usePrintJob() {
  const [state, setState] = useState<PrintJobState>({ kind: 'idle' });
  const [actionError, setActionError] = useState<HostErrorCode | null>(null);
  const running = useRef<AbortController | null>(null);

  const print = useCallback(async (doc: PdfDocument, suggestedName: string) => {
    setActionError(null);
    setState({ kind: 'rendering', stage: 'fonts' });
    const controller = new AbortController();
    running.current = controller;
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = await renderPdf(doc, {
        signal: controller.signal,
        onProgress: (p) => setState({ kind: 'rendering', stage: p.stage, fraction: p.fraction, ...(p.pageCount ? { pageCount: p.pageCount } : {}) }),
      });
    } catch (error) {
      if (error instanceof PdfRenderError && error.code === 'cancelled') return setState({ kind: 'stopped' });
      console.warn('pdf render failed', error);
      setState({ kind: 'failed', reason: error instanceof PdfRenderError && error.code === 'font-load-failed' ? 'font' : 'render' });
      return;
    } finally {
      if (running.current === controller) running.current = null;
    }
    setState({ kind: 'saving' });
    try {
      const api = bridge();
      const [result, info] = await Promise.all([api.savePdf({ suggestedName, bytes }), api.hostInfo({})]);
      if (result.status === 'saved') setState({ kind: 'saved', fileId: result.fileId, fileName: result.fileName, host: info.host });
      else if (result.status === 'cancelled') setState({ kind: 'cancelled' });
      else setState({ kind: 'failed', reason: { host: result.code } });
    } catch (error) {
      console.warn('pdf save failed', error);
      setState({ kind: 'failed', reason: { host: 'unknown' } });
    }
  }, []);

  /** Build the document first (reading the database then), then print it; a failure to build is shown like a render failure. */
  const printPrepared = useCallback(
    async (prepare: Prepare) => {
      setActionError(null);
      setState({ kind: 'preparing' });
      // A long preparation (the binder reads every area) can be stopped like a render.
      const controller = new AbortController();
      running.current = controller;
      const report = (done: number, total: number) => {
        if (!controller.signal.aborted) setState({ kind: 'preparing', done, total });
      };
      let printable: Printable | undefined;
      try {
        printable = await prepare({ signal: controller.signal, report });
      } catch (error) {
        if (controller.signal.aborted) return setState({ kind: 'stopped' });
        console.warn('document could not be prepared', error);
        setState({ kind: 'failed', reason: 'render' });
        return;
      } finally {
        if (running.current === controller) running.current = null;
      }
      if (controller.signal.aborted) return setState({ kind: 'stopped' });
      if (!printable) return setState({ kind: 'idle' });
      await print(printable.doc, printable.fileName);
    },
    [print],
  );

  /** Stop the document being read or the PDF being made (the save dialog has not opened yet). */
  const stop = useCallback(() => running.current?.abort(), []);

  const followUp = useCallback(async (action: 'openSavedFile' | 'printSavedFile' | 'revealSavedFile', fileId: string) => {
    setActionError(null);
    try {
      const result = await bridge()[action]({ fileId });
      if (!result.ok) setActionError(result.code);
    } catch (error) {
      console.warn(`${action} failed`, error);
      setActionError('unknown');
    }
  }, []);

  return { state, actionError, print, printPrepared, stop, followUp, busy: state.kind === 'preparing' || state.kind === 'rendering' || state.kind === 'saving' };
}

export type PrintJob = ReturnType<typeof usePrintJob>;
