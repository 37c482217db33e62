// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layering (DESIGN.md): features → (ui, db, pdf, bridge) → domain. A wrong import fails `npm test`.
 * Each layer lists what it must not import; patterns are matched against the import string.
 */
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'https', 'net', 'stream', 'util', 'node:*'];
const layer = (/** @type {string[]} */ forbidden, /** @type {string} */ message) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      patterns: [
        ...(forbidden.length > 0 ? [{ group: forbidden, message }] : []),
        { group: nodeBuiltins, message: 'The renderer runs sandboxed: no Node built-ins outside tests.' },
        {
          group: ['**/electron/*', '!**/electron/contract'],
          message: 'The renderer talks to the host only through window.bcp (src/bridge).',
        },
        {
          group: ['**/electron/contract'],
          allowTypeImports: true,
          message: 'The renderer may import only types from electron/contract.ts.',
        },
      ],
    },
  ],
});

const ui = ['**/features', '**/features/**', '**/db', '**/db/**', 'dexie', 'dexie-react-hooks'];
const impure = ['react', 'react-dom', 'react/*', 'dexie', 'dexie-react-hooks', 'i18next', 'react-i18next', 'react-hook-form'];
const upper = ['**/features', '**/features/**', '**/ui', '**/ui/**', '**/db', '**/db/**', '**/bridge', '**/bridge/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: the CSP forbids it.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: the CSP forbids it.' },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['renderer/src/domain/**'], rules: layer([...impure, '**/pdf', '**/pdf/**', 'pdfmake', 'pdfmake/*', ...upper], 'domain stays pure: no React, Dexie, pdfmake or upper layers.') },
  { files: ['renderer/src/pdf/**'], rules: layer([...impure, ...upper], 'pdf stays pure: document builders depend on domain only.') },
  { files: ['renderer/src/db/**'], rules: layer(['react', 'react-dom', 'react/*', '**/features', '**/features/**', '**/ui', '**/ui/**', '**/pdf', '**/pdf/**', '**/bridge', '**/bridge/**'], 'db depends on domain only.') },
  { files: ['renderer/src/bridge/**'], rules: layer([...ui, '**/ui', '**/ui/**', '**/pdf', '**/pdf/**', 'react', 'react-dom'], 'bridge depends on domain and contract types only.') },
  { files: ['renderer/src/ui/**'], rules: layer(ui, 'ui is shared components: no features or database.') },
  { files: ['renderer/src/features/**', 'renderer/src/*.{ts,tsx}', 'renderer/src/i18n/**'], rules: layer([], '') },
  {
    // Tests may use Node to read fixtures and run poppler; developer scripts (tools/, run with tsx) to write them.
    files: ['renderer/src/**/*.test.ts', 'renderer/src/**/testing/**', 'renderer/src/**/tools/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // Playwright fixtures must destructure their (possibly empty) dependencies.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'The main process never imports the renderer.' }] }],
    },
  },
);
