/**
 * Network figures (issue 16): the diagram of 500 systems in 40 segments with 80 links, laid out by elkjs in the app's
 * layout worker in Chromium (time inside the worker, and the longest gap between animation frames on the window's
 * thread while it runs: the "never freezes" figure), and the diagram PDF rendered in Node (elkjs + pdfmake).
 */
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import ELK from 'elkjs/lib/elk.bundled.js';
import { diagramGraph, readLayout, type DiagramInput, type ElkOutputNode } from '../../renderer/src/domain/network/diagram';
import { linkSchema } from '../../renderer/src/domain/network/link';
import { segmentPurposes, segmentSchema } from '../../renderer/src/domain/network/segment';
import { buildNetworkDiagram } from '../../renderer/src/pdf/documents/network/diagram';
import { renderPdfNode } from '../../renderer/src/pdf/testing/render-node';
import { recordFrames, seedPage } from './browser-figures';
import { summarize, timeRuns } from './stats';
import { createSyntheticWorkbook, dumpTables } from './synthetic-workbook';

export const NETWORK_SIZES = { segments: 40, systems: 500, links: 80 } as const;
const fonts = { dir: path.resolve(import.meta.dirname, '../../resources/fonts'), readFile: (p: string) => readFile(p) };
const meta = (id: string) => ({ id, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', updatedBy: 'ベンチ' });

/** The large workbook's 500 systems spread over 40 segments (a tenth of them in one big segment), joined by 80 links, loops included. */
async function networkWorkbook() {
  const db = await createSyntheticWorkbook({ name: `bench-network-${Date.now()}`, contacts: 20 });
  const segments = Array.from({ length: NETWORK_SIZES.segments }, (_, i) => ({ ...segmentSchema.parse({ name: `VLAN${100 + i}`, purpose: segmentPurposes[i % segmentPurposes.length] }), ...meta(`bench-segment-${i}`) }));
  const links = Array.from({ length: NETWORK_SIZES.links }, (_, i) => {
    const from = i % NETWORK_SIZES.segments;
    const outside = i % 10 === 9;
    const to = (from + 1 + ((i * 7) % (NETWORK_SIZES.segments - 1))) % NETWORK_SIZES.segments;
    return { ...linkSchema.parse({ name: `接続 ${i}`, fromSegmentId: `bench-segment-${from}`, ...(outside ? { outside: 'vpn', remoteMaintenance: true } : { toSegmentId: `bench-segment-${to}` }) }), ...meta(`bench-link-${i}`) };
  });
  const systems = (await db.systems.toArray()).map((s, i) => ({ ...s, segmentId: i < 50 ? 'bench-segment-0' : `bench-segment-${i % NETWORK_SIZES.segments}` }));
  await db.segments.bulkPut(segments);
  await db.links.bulkPut(links);
  await db.systems.bulkPut(systems);
  return db;
}

export async function networkFigures(browser: Browser, url: string, runs: { layout: number; pdf: number }) {
  const db = await networkWorkbook();
  const input: DiagramInput = { segments: await db.segments.toArray(), systems: await db.systems.toArray(), links: await db.links.toArray() };
  const page = await (await browser.newContext()).newPage();
  await recordFrames(page);
  await seedPage(page, url, await dumpTables(db));
  db.close();
  const workerMs: number[] = [];
  const longestFrameGapMs: number[] = [];
  const idleFrameGapMs: number[] = [];
  for (let i = 0; i <= runs.layout; i++) {
    await page.goto(`${url}#/network/diagram`);
    await page.reload();
    const diagram = page.getByTestId('network-diagram');
    await diagram.waitFor({ timeout: 120_000 });
    // The gaps between frames that both fall while the layout is out in the worker (after the request is posted, before
    // the answer is handled): the gaps around the two marks also hold the page's own rendering before and after.
    const { gap, frames, duration } = await page.evaluate(() => {
      const start = performance.getEntriesByName('bcp:network-layout-start').at(-1)?.startTime;
      const done = performance.getEntriesByName('bcp:network-layout-done').at(-1)?.startTime;
      const all = (window as unknown as { __frames?: number[] }).__frames ?? [];
      if (start === undefined || done === undefined) throw new Error('the layout marks are missing');
      let longest = 0;
      let counted = 0;
      for (let f = 1; f < all.length; f++)
        if (all[f - 1]! >= start && all[f]! <= done) {
          longest = Math.max(longest, all[f]! - all[f - 1]!);
          counted++;
        }
      return { gap: longest, frames: counted, duration: done - start };
    });
    // No frame at all while a layout of seconds runs would mean no measurement, not a smooth window.
    if (frames < 2) throw new Error(`only ${frames} animation frames seen during the layout`);
    if (i === 0) continue; // the first load compiles the worker
    // The same page with nothing to do, for as long as the layout took: the gap a loaded machine gives any page, to
    // read the figure against. Text again, for the same reason as the frame recorder (recordFrames).
    const idle = Number(
      await page.evaluate(`new Promise((resolve) => {
        const frames = [];
        const started = performance.now();
        const onFrame = (t) => {
          frames.push(t);
          if (t - started < ${Math.max(1000, Math.round(duration))}) requestAnimationFrame(onFrame);
          else resolve(frames.slice(1).reduce((longest, t, i) => Math.max(longest, t - frames[i]), 0));
        };
        requestAnimationFrame(onFrame);
      })`),
    );
    workerMs.push(Number(await diagram.getAttribute('data-worker-ms')));
    longestFrameGapMs.push(Math.round(gap * 10) / 10);
    idleFrameGapMs.push(Math.round(idle * 10) / 10);
  }
  await page.context().close();

  let pages = 0;
  const layout = readLayout(input, (await new ELK().layout(diagramGraph(input) as Parameters<InstanceType<typeof ELK>['layout']>[0])) as ElkOutputNode);
  const header = { facilityName: 'ベンチ病院', version: 'bench', printedAt: new Date(), demo: false };
  const pdf = async (paper: 'A4' | 'A3') =>
    summarize(
      await timeRuns(runs.pdf, async () => {
        pages = (await renderPdfNode(buildNetworkDiagram({ header, layout, paper, lastUpdated: '令和8年11月1日', counts: { segments: 40, systems: 500, links: 80 } }), fonts)).pageCount;
      }),
    );
  const a4 = await pdf('A4');
  const a4Pages = pages;
  const a3 = await pdf('A3');
  return {
    sizes: NETWORK_SIZES,
    layoutInChromium: { workerMs: summarize(workerMs), longestMainThreadFrameGapMs: summarize(longestFrameGapMs), longestIdleFrameGapMs: summarize(idleFrameGapMs) },
    diagramPdfMs: { A4: { ...a4, pages: a4Pages }, A3: { ...a3, pages } },
  };
}
