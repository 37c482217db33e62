/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import { diagramGraph, readLayout, type ElkOutputNode } from '../../domain/network/diagram';
import type { LayoutRequest, LayoutResponse } from './layout-messages';

/**
 * Lays out the network diagram with elkjs off the window's thread: 500 systems take long enough to freeze the
 * screen otherwise. elkjs's bundled build runs its own code in this thread (its "fake worker").
 */
const elk = new ELK();

// Assigned after the import on purpose: elkjs, loaded in a worker, installs its own onmessage; this one replaces it.
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, input } = event.data;
  const started = performance.now();
  elk
    .layout(diagramGraph(input) as Parameters<typeof elk.layout>[0])
    .then((laidOut) => {
      const response: LayoutResponse = { id, layout: readLayout(input, laidOut as ElkOutputNode), workerMs: performance.now() - started };
      self.postMessage(response);
    })
    .catch((error: unknown) => {
      const response: LayoutResponse = { id, error: String(error) };
      self.postMessage(response);
    });
};
