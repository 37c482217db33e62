import { existsSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startWebServer } from '../../electron/web-server';
import { bindHost, type HostLog } from './host';

/** The renderer build under test: `npm run build` puts it in dist/renderer; BCP_RENDERER_OUT moves both. */
export const RENDERER_ROOT = process.env.BCP_RENDERER_OUT ?? path.resolve(import.meta.dirname, '../../dist/renderer');

interface WorkerFixtures {
  server: { url: string; origin: string };
}

interface TestFixtures {
  /** false: the page runs as in `npm run web`, with the browser twin of the bridge instead of the host. */
  withHost: boolean;
  host: HostLog | null;
  /** Requests outside the app's origin and console errors seen during the test; must stay empty. */
  offenses: string[];
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      if (!existsSync(path.join(RENDERER_ROOT, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build` first.');
      const server = await startWebServer({ root: RENDERER_ROOT, port: 0, host: '127.0.0.1' });
      await use({ url: server.url, origin: new URL(server.url).origin });
      await server.close();
    },
    { scope: 'worker' },
  ],
  withHost: [true, { option: true }],
  offenses: async ({}, use) => {
    await use([]);
  },
  page: async ({ page, server, offenses }, use) => {
    // The workbook must work with the network cut: anything leaving the app's origin fails the test.
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.origin + '/') || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      offenses.push(`request outside the app: ${url}`);
      return route.abort('blockedbyclient');
    });
    page.on('console', (message) => {
      if (message.type() === 'error') offenses.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => offenses.push(`page error: ${error.message}`));
    await use(page);
    expect(offenses, 'no outside requests and no console errors').toEqual([]);
  },
  host: async ({ page, server, withHost }, use, testInfo) => {
    await use(withHost ? await bindHost(page, server.origin, testInfo.outputPath('saved')) : null);
  },
});

export { expect };

/** Open the app; `host` must be requested by the test before this when the host bridge is wanted. */
export async function openApp(page: Page, server: { url: string }): Promise<void> {
  await page.goto(server.url);
}
