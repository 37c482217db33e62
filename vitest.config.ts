import { defineConfig } from 'vitest/config';

// Unit tests run in Node: domain, db (on fake-indexeddb), pdf builders, the main-process services, and a small
// run of the benchmark's Node figures so `npm run bench` cannot rot unnoticed, and e2e's choice of browser.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['renderer/src/**/*.test.ts', 'electron/**/*.test.ts', 'e2e/bench/**/*.test.ts', 'e2e/support/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    testTimeout: 30_000,
  },
});
