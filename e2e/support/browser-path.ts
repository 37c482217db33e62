/**
 * Which Chromium the e2e tests and the bench launch, so `npm test` works on any machine that has one:
 * 1. CHROMIUM_PATH, when set (a wrong one is reported, not silently replaced by another browser);
 * 2. the system's Chromium or Chrome at the usual places of Linux, macOS and Windows;
 * 3. Playwright's own Chromium (`npx playwright install chromium`), when playwright-core knows where it would be.
 * With none, the run stops at once with one line saying what to install, instead of every test timing out.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'playwright';

export type BrowserSearch =
  | { ok: true; path: string; source: BrowserSource }
  | { ok: false; reason: 'env-missing'; path: string }
  | { ok: false; reason: 'none' };

export interface BrowserMachine {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  exists(file: string): boolean;
  /** Where Playwright's downloaded Chromium would be, or undefined when playwright-core cannot say. */
  playwrightChromium(): string | undefined;
}

/** The usual install places, most specific first. Windows folders come from the environment, as Windows sets them. */
export function systemBrowserPaths(platform: NodeJS.Platform, env: BrowserMachine['env']): string[] {
  if (platform === 'darwin') {
    const apps = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])];
    return apps.flatMap((folder) => [
      `${folder}/Chromium.app/Contents/MacOS/Chromium`,
      `${folder}/Google Chrome.app/Contents/MacOS/Google Chrome`,
    ]);
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES ?? env.ProgramFiles, env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)']].filter(
      (root): root is string => Boolean(root),
    );
    return ['Chromium\\Application\\chrome.exe', 'Google\\Chrome\\Application\\chrome.exe'].flatMap((app) => roots.map((root) => path.win32.join(root, app)));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
  ];
}

export function findChromium(machine: BrowserMachine): BrowserSearch {
  const fromEnv = machine.env.CHROMIUM_PATH;
  if (fromEnv) return machine.exists(fromEnv) ? { ok: true, path: fromEnv, source: 'CHROMIUM_PATH' } : { ok: false, reason: 'env-missing', path: fromEnv };
  const system = systemBrowserPaths(machine.platform, machine.env).find((file) => machine.exists(file));
  if (system) return { ok: true, path: system, source: 'system' };
  const bundled = machine.playwrightChromium();
  if (bundled && machine.exists(bundled)) return { ok: true, path: bundled, source: 'playwright' };
  return { ok: false, reason: 'none' };
}

/** The one line printed when no browser is found (Japanese first, as everywhere in the workbook). */
export function missingBrowserMessage(search: Extract<BrowserSearch, { ok: false }>): string {
  if (search.reason === 'env-missing') {
    return `CHROMIUM_PATH のブラウザーが見つかりません / CHROMIUM_PATH points at nothing: ${search.path}`;
  }
  return 'e2e 用の Chromium が見つかりません。Chromium か Google Chrome を入れるか、`npx playwright install chromium` を実行してください / No Chromium for e2e: install Chromium or Google Chrome, or run `npx playwright install chromium` (or set CHROMIUM_PATH).';
}

export const thisMachine: BrowserMachine = {
  env: process.env,
  platform: process.platform,
  exists: existsSync,
  playwrightChromium() {
    try {
      return chromium.executablePath() || undefined;
    } catch {
      return undefined;
    }
  },
};

/** The browser to launch; with none, print the one line and stop the process (no minute of launch timeouts). */
export function chromiumPathOrExit(machine: BrowserMachine = thisMachine): string {
  const search = findChromium(machine);
  if (search.ok) return search.path;
  process.stderr.write(`${missingBrowserMessage(search)}\n`);
  process.exit(1);
}
