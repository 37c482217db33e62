import { describe, expect, it } from 'vitest';
import { findChromium, missingBrowserMessage, type BrowserMachine } from './browser-path';

const PLAYWRIGHT = '/home/me/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

function machine(files: string[], overrides: Partial<BrowserMachine> = {}): BrowserMachine {
  return { env: {}, platform: 'linux', exists: (file) => files.includes(file), playwrightChromium: () => PLAYWRIGHT, ...overrides };
}

describe('findChromium: which browser e2e launches', () => {
  it('takes CHROMIUM_PATH before anything installed', () => {
    const found = findChromium(machine(['/opt/my/chrome', '/usr/bin/chromium', PLAYWRIGHT], { env: { CHROMIUM_PATH: '/opt/my/chrome' } }));
    expect(found).toEqual({ ok: true, path: '/opt/my/chrome', source: 'CHROMIUM_PATH' });
  });

  it('says so when CHROMIUM_PATH points at nothing, instead of quietly using another browser', () => {
    const found = findChromium(machine(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/nope/chrome' } }));
    expect(found).toEqual({ ok: false, reason: 'env-missing', path: '/nope/chrome' });
    if (!found.ok) expect(missingBrowserMessage(found)).toContain('/nope/chrome');
  });

  it('takes the system Chromium or Chrome before Playwright’s own', () => {
    expect(findChromium(machine(['/usr/bin/chromium', PLAYWRIGHT]))).toMatchObject({ path: '/usr/bin/chromium', source: 'system' });
    expect(findChromium(machine(['/usr/bin/google-chrome', PLAYWRIGHT]))).toMatchObject({ path: '/usr/bin/google-chrome', source: 'system' });
  });

  it('finds Chrome where macOS and Windows install it', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium(machine([mac], { platform: 'darwin' }))).toMatchObject({ path: mac, source: 'system' });
    const windows = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(findChromium(machine([windows], { platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files' } }))).toMatchObject({ path: windows, source: 'system' });
  });

  it('falls back to Playwright’s Chromium only when it is really downloaded', () => {
    expect(findChromium(machine([PLAYWRIGHT]))).toEqual({ ok: true, path: PLAYWRIGHT, source: 'playwright' });
    expect(findChromium(machine([]))).toEqual({ ok: false, reason: 'none' });
    expect(findChromium(machine([], { playwrightChromium: () => undefined }))).toEqual({ ok: false, reason: 'none' });
  });

  it('with none, tells in Japanese and English what to install', () => {
    const line = missingBrowserMessage({ ok: false, reason: 'none' });
    expect(line).not.toContain('\n');
    expect(line).toContain('npx playwright install chromium');
    expect(line).toMatch(/見つかりません/);
    expect(line).toMatch(/install Chromium or Google Chrome/);
  });
});
