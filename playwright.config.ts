import { defineConfig } from '@playwright/test';
import { chromiumPathOrExit } from './e2e/support/browser-path';

/**
 * e2e runs the built renderer in an installed Chromium (Electron's binary cannot be downloaded on every machine),
 * with the real main-process handlers bound in (e2e/support/host.ts). Which Chromium: e2e/support/browser-path.ts;
 * with none the run stops here with one line. The electron project runs the same app in a real Electron where a
 * binary exists, and says plainly when it did not run.
 */
const chromiumPath = chromiumPathOrExit();

export default defineConfig({
  testDir: 'e2e',
  // End-to-end specs only: e2e/bench/*.test.ts are Node unit tests of the benchmark, run by vitest.
  testMatch: /\.spec\.ts$/,
  outputDir: process.env.BCP_TEST_RESULTS ?? 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /electron\.spec\.ts/,
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-features=Translate,OptimizationHints,MediaRouter',
          ],
        },
      },
    },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
});
