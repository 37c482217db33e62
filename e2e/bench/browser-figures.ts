/**
 * Figures taken in Chromium on the built renderer, the way staff meet the app: time until the emergency home is
 * interactive, search-as-you-type latency with results rendered, and the renderer's JS heap.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumPathOrExit } from '../support/browser-path';
import { summarize, type Summary } from './stats';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPathOrExit(), args: CHROMIUM_ARGS });
}

/** Open the app once (it creates the database), then put the dumped rows straight into its IndexedDB. */
export async function seedPage(page: Page, url: string, dump: Record<string, unknown[]>): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.evaluate(async (tables) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bcp-workbook');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = Object.keys(tables).filter((t) => (tables[t]?.length ?? 0) > 0);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(names, 'readwrite');
      for (const name of names) for (const row of tables[name]!) tx.objectStore(name).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, dump);
  // The running app did not see writes made behind Dexie's back: start it again on the seeded database.
  await page.reload();
}

/** Navigation start → the home's `bcp:home-interactive` mark, over fresh loads of the page. */
export async function homeInteractive(page: Page, url: string, runs: number): Promise<Summary> {
  const samples: number[] = [];
  // A hash change is not a page load: go to the home once, then reload it for every sample.
  await page.goto(`${url}#/`);
  for (let i = 0; i <= runs; i++) {
    await page.reload({ waitUntil: 'commit' });
    const ms = await page.waitForFunction(() => performance.getEntriesByName('bcp:home-interactive')[0]?.startTime, undefined, { timeout: 30_000 });
    if (i > 0) samples.push((await ms.jsonValue()) as number); // the first load warms the disk cache
  }
  return summarize(samples);
}

/**
 * Type queries one key at a time into the contacts search. Each sample runs from the input event until React has
 * committed the list for that exact query (data-rendered-query, seen by a MutationObserver) and the browser has
 * laid it out (a forced synchronous layout). Waiting for the next animation frame is left out on purpose: it
 * would add up to a frame of idle time that depends on where in the frame the key happened to arrive.
 */
export async function searchKeystrokes(page: Page, url: string, queries: readonly string[], rounds: number): Promise<Summary & { samples: number }> {
  await page.goto(`${url}#/contacts`);
  const box = page.getByRole('searchbox').first();
  await box.waitFor();
  await page.getByTestId('contacts-count').waitFor();
  const samples: number[] = [];
  // Round 0 is not counted: it is the first time these rows are drawn, with the JIT still cold.
  for (let round = 0; round <= rounds; round++) {
    for (const query of queries) {
      for (let n = 1; n <= query.length; n++) {
        const ms = await page.evaluate(async (text) => {
          const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
          const count = document.querySelector<HTMLElement>('[data-testid="contacts-count"]')!;
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
          const committed = new Promise<void>((resolve) => {
            const observer = new MutationObserver(() => {
              if (count.dataset.renderedQuery === text) {
                observer.disconnect();
                resolve();
              }
            });
            observer.observe(count, { attributes: true, attributeFilter: ['data-rendered-query'] });
          });
          const start = performance.now();
          setValue.call(input, text);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await committed;
          void document.body.offsetHeight; // style and layout of the new rows
          return performance.now() - start;
        }, query.slice(0, n));
        if (round > 0) samples.push(ms);
      }
      await box.fill('');
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="contacts-count"]')?.dataset.renderedQuery === '');
    }
  }
  return { ...summarize(samples), samples: samples.length };
}

/**
 * Record every animation frame's time in `window.__frames`, from the page's first script on: a long gap between two
 * frames is a frozen window. Passed as text, not as a function: tsx names inner functions with a `__name` helper the
 * page does not have, and the recorder then died before its first frame (a gap figure read 0 for want of frames).
 */
export async function recordFrames(page: Page): Promise<void> {
  await page.addInitScript({ content: 'window.__frames = []; (function tick() { requestAnimationFrame((t) => { window.__frames.push(t); tick(); }); })();' });
}

/** Used JS heap of the page after a full garbage collection, in MB. */
export async function heapAfterLoad(page: Page, url: string): Promise<number> {
  await page.goto(`${url}#/contacts`);
  await page.getByTestId('contacts-count').waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return Math.round((usedSize / 1024 / 1024) * 10) / 10;
}
