import { defineConfig } from 'vitest/config';

// Unit tests run in Node: domain, db (on fake-indexeddb), pdf builders and the main-process services.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['renderer/src/**/*.test.ts', 'electron/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    testTimeout: 30_000,
  },
});
