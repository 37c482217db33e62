import type { DiagramInput, DiagramLayout } from '../../domain/network/diagram';
import type { LayoutRequest, LayoutResponse } from './layout-messages';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve(value: { layout: DiagramLayout; workerMs: number }): void; reject(error: Error): void }>();

function getWorker(): Worker {
  if (worker) return worker;
  // Vite recognises this exact `new Worker(new URL(…, import.meta.url))` shape and bundles the worker chunk.
  const w = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<LayoutResponse>) => {
    const request = pending.get(event.data.id);
    if (!request) return;
    pending.delete(event.data.id);
    if ('error' in event.data) request.reject(new Error(event.data.error));
    else request.resolve({ layout: event.data.layout, workerMs: event.data.workerMs });
  };
  w.onerror = (event) => {
    for (const request of pending.values()) request.reject(new Error(event.message || 'layout worker failed'));
    pending.clear();
    worker = null;
  };
  worker = w;
  return w;
}

/** The diagram laid out in the layout worker (the window stays responsive however large the network). */
export function layoutDiagram(input: DiagramInput): Promise<{ layout: DiagramLayout; workerMs: number }> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const request: LayoutRequest = { id, input };
    getWorker().postMessage(request);
  });
}

/** The plain data the layout needs, copied out of the stored records (only these fields cross to the worker). */
export function diagramInput(data: {
  segments: readonly DiagramInput['segments'][number][];
  systems: readonly DiagramInput['systems'][number][];
  links: readonly DiagramInput['links'][number][];
}): DiagramInput {
  return {
    segments: data.segments.map(({ id, name, purpose }) => ({ id, name, purpose })),
    systems: data.systems.map(({ id, name, kind, segmentId }) => ({ id, name, kind, segmentId })),
    links: data.links.map(({ id, name, fromSegmentId, toSegmentId, outside, remoteMaintenance }) => ({ id, name, fromSegmentId, toSegmentId, outside, remoteMaintenance })),
  };
}
