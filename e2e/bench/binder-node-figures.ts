/**
 * The binder (issue 19) in Node: its pages/s against raw pdfmake on the same content, and the process's peak memory
 * through the render. The binder is assembled by the app's own code (app/print/binder.ts and each area's loader), which
 * stands on Vite's module graph (import.meta.glob for the shipped data, import.meta.env), so it is loaded through
 * Vite's module runner rather than tsx; the records come from the same large synthetic workbook.
 */
import { fileURLToPath } from 'node:url';
import { createServer, createServerModuleRunner } from 'vite';
import type { BcpDatabase } from '../../renderer/src/db/database';
import type { PdfDocument } from '../../renderer/src/pdf/frame';
import { comparePdf, withoutFrame } from './node-figures';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * What the bench calls in the modules it loads through Vite. Declared here rather than imported as types: the e2e
 * project does not compile the renderer's React files.
 */
interface BinderModules {
  binder: { prepareBinder(db: BcpDatabase, facility: unknown, settings: unknown, t: unknown, choice: { edition: 'admin' }): Promise<{ doc: unknown }> };
  settings: { readSettings(db: BcpDatabase): Promise<unknown> };
  i18n: { resources: Record<string, { translation: Record<string, unknown> }> };
  i18next: { default?: I18nFactory } & Partial<I18nFactory>;
}
interface I18nFactory {
  createInstance(): { init(options: Record<string, unknown>): Promise<unknown>; t: unknown };
}

async function loadBinderModules() {
  const server = await createServer({ configFile: here('../../renderer/vite.config.ts'), server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'error' });
  const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
  const modules: BinderModules = {
    binder: await runner.import<BinderModules['binder']>(here('../../renderer/src/app/print/binder.ts')),
    settings: await runner.import<BinderModules['settings']>(here('../../renderer/src/db/settings.ts')),
    i18n: await runner.import<BinderModules['i18n']>(here('../../renderer/src/i18n/index.ts')),
    i18next: await runner.import<BinderModules['i18next']>('i18next'),
  };
  return { modules, close: async () => (await runner.close(), await server.close()) };
}

/** The 管理者版 of the large workbook composed as the 印刷 screen composes it, then rendered ours vs raw pdfmake. */
export async function binderPdfInNode(db: BcpDatabase, runs: number) {
  const { modules, close } = await loadBinderModules();
  try {
    const { binder, settings, i18n } = modules;
    const i18next = (modules.i18next.default ?? modules.i18next) as I18nFactory;
    const instance = i18next.createInstance();
    await instance.init({ resources: i18n.resources, lng: 'ja', fallbackLng: 'ja', interpolation: { escapeValue: false } });
    const facility = await db.facility.get('facility');
    if (!facility) throw new Error('the synthetic workbook has no facility');
    const started = performance.now();
    const printable = await binder.prepareBinder(db, facility, await settings.readSettings(db), instance.t, { edition: 'admin' });
    const composeMs = Math.round(performance.now() - started);
    const doc = printable.doc as PdfDocument;
    const rssBefore = process.resourceUsage().maxRSS;
    const figure = await comparePdf(doc, () => withoutFrame(doc), runs);
    const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
    return { composeMs, ...figure, peakRssMB, peakRssRoseDuringRender: process.resourceUsage().maxRSS > rssBefore };
  } finally {
    await close();
  }
}
