// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/*
 * Layering (DESIGN.md, "Adding an area") as an allow-list over resolved import paths.
 * Every file belongs to exactly one element below; a file in a folder that no element names is an error
 * (boundaries/no-unknown-files), and so is an import of it, so a brand-new folder is checked without a new rule.
 * An import is an error unless a policy below allows it. Tests sit in their layer and obey it; they may
 * additionally use Node built-ins and the test libraries.
 */

/** Renderer layers: one folder each under renderer/src/. */
const LAYERS = ['base', 'domain', 'db', 'pdf', 'i18n', 'ui', 'bridge', 'workbook', 'app'];
const RENDERER = [...LAYERS, 'area', 'modules', 'entry'];
/** Where tests may sit: only inside a known element, so a test file in a new folder is unknown like any other file. */
const TESTED = `{renderer/src/{${[...LAYERS, 'features'].join(',')}},electron,e2e}`;

/** @type {import('eslint-plugin-boundaries').Settings['boundaries/elements']} */
const elements = [
  // Files named one by one are matched against their full path; the first descriptor that matches wins.
  { type: 'entry', pattern: 'renderer/src/*.{ts,tsx}', mode: 'full' },
  { type: 'modules', pattern: 'renderer/src/features/modules{,.test}.ts', mode: 'full' },
  { type: 'area', pattern: 'renderer/src/features/*', capture: ['area'], partialMatch: false },
  ...LAYERS.map((layer) => ({ type: layer, pattern: `renderer/src/${layer}`, partialMatch: false })),
  // The bridge contract and the policies the renderer build also reads: plain TypeScript, no `electron`.
  { type: 'electron-contract', pattern: 'electron/contract{,.test}.ts', mode: 'full' },
  { type: 'electron-pure', pattern: 'electron/{ipc-guard,security-policy}{,.test}.ts', mode: 'full' },
  { type: 'electron-services', pattern: 'electron/services', partialMatch: false },
  { type: 'electron-tools', pattern: 'electron/tools', partialMatch: false },
  { type: 'electron-main', pattern: 'electron/*.ts', mode: 'full' },
  { type: 'e2e', pattern: 'e2e', partialMatch: false },
  { type: 'tooling', pattern: ['*.config.{ts,mjs}', 'renderer/*.config.ts', 'package.json'], mode: 'full' },
];

/** @param {string[]} types */
const to = (...types) => ({ to: { element: { types: types.length === 1 ? types[0] : types } } });
/** @param {string[]} types */
const from = (...types) => ({ element: { types: types.length === 1 ? types[0] : types } });
/** @param {string[]} sources */
const libraries = (...sources) => ({ to: { module: { origin: 'external', source: sources } } });

const REACT = ['react', 'react-dom', 'react-router', 'react-i18next', 'react-hook-form', '@hookform/*', 'dexie-react-hooks'];
const STORAGE = ['dexie', 'dexie-react-hooks'];
const TRANSLATION = ['i18next', 'react-i18next'];
const PDF = ['pdfmake', 'pdfmake/*'];
const TEST_LIBRARIES = ['vitest', 'vitest/*', 'fake-indexeddb', 'fake-indexeddb/*', 'fast-check', '@playwright/test', 'playwright-core'];

/** @type {import('eslint-plugin-boundaries').DependenciesPolicy[]} */
const policies = [
  // What each layer may import (local files).
  { from: from('base'), allow: to('base') },
  { from: from('domain'), allow: to('domain', 'base') },
  { from: from('db'), allow: to('db', 'domain', 'base') },
  { from: from('pdf'), allow: to('pdf', 'domain', 'base') },
  { from: from('i18n'), allow: to('i18n', 'domain', 'base') },
  { from: from('bridge'), allow: to('bridge', 'domain', 'base') },
  { from: from('ui'), allow: to('ui', 'domain', 'i18n', 'base') },
  { from: from('workbook'), allow: to('workbook', 'domain', 'db', 'pdf', 'ui', 'bridge', 'i18n', 'base') },
  {
    from: from('area'),
    allow: [
      { to: { element: { type: 'area', captured: { area: '{{ from.element.captured.area }}' } } } },
      to('workbook', 'domain', 'db', 'pdf', 'ui', 'bridge', 'i18n', 'base'),
    ],
  },
  // modules.ts assembles the areas' declarations; it may name the types they are checked against.
  { from: from('modules'), allow: to('modules', 'area', 'workbook', 'db', 'domain', 'i18n', 'base') },
  { from: from('app'), allow: to(...RENDERER.filter((type) => type !== 'entry')) },
  { from: from('entry'), allow: to('entry', 'app', 'workbook', 'ui', 'db', 'i18n', 'base') },
  {
    // The renderer sees the host only through window.bcp; it takes the contract's types, through the bridge.
    from: from('bridge'),
    allow: { to: { element: { type: 'electron-contract' } }, dependency: { kind: 'type' } },
  },
  // The main process never imports the renderer.
  { from: from('electron-contract', 'electron-pure'), allow: to('electron-contract', 'electron-pure') },
  { from: from('electron-services'), allow: to('electron-services', 'electron-contract', 'electron-pure') },
  { from: from('electron-main'), allow: to('electron-main', 'electron-services', 'electron-contract', 'electron-pure') },
  { from: from('electron-tools'), allow: to('electron-tools', 'electron-main', 'electron-services', 'electron-contract', 'electron-pure') },
  // End-to-end tests and build configuration drive the whole application.
  { from: from('e2e', 'tooling'), allow: { to: { module: { origin: 'local' } } } },

  // Libraries: any, except where a layer must stay free of them.
  { allow: { to: { module: { origin: 'external' } } } },
  { from: from('base', 'domain'), disallow: libraries(...REACT, ...STORAGE, ...TRANSLATION, ...PDF), message: 'domain and base stay pure TypeScript: no React, Dexie, i18next or pdfmake.' },
  { from: from('pdf'), disallow: libraries(...REACT, ...STORAGE, ...TRANSLATION), message: 'pdf builders are pure: data in, document out; no React, Dexie or i18next.' },
  { from: from('db'), disallow: libraries(...REACT, ...TRANSLATION, ...PDF), message: 'db is Dexie and the domain: no React, i18next or pdfmake.' },
  { from: from('i18n'), disallow: libraries(...STORAGE, ...PDF, 'react', 'react-dom', 'react-router', 'react-hook-form', '@hookform/*'), message: 'i18n holds words: no React components, Dexie or pdfmake.' },
  { from: from('bridge'), disallow: libraries(...REACT, ...STORAGE, ...TRANSLATION, ...PDF), message: 'The bridge is a typed client for window.bcp: no React, Dexie, i18next or pdfmake.' },
  { from: from('ui'), disallow: libraries(...STORAGE, ...PDF), message: 'ui is shared components: no Dexie or pdfmake.' },
  {
    from: from('electron-contract', 'electron-pure', 'electron-services'),
    disallow: libraries('electron', 'electron/*'),
    message: 'Plain Node modules, so tests call them directly: no `electron` import here.',
  },
  // The renderer runs sandboxed: no Node built-ins, and the test libraries stay in tests.
  { from: from(...RENDERER), disallow: libraries(...TEST_LIBRARIES), message: 'Test libraries stay in tests.' },
  {
    from: { element: { types: RENDERER }, file: { isUnknown: true } },
    disallow: { to: { file: { categories: 'test' } } },
    message: 'Test helpers and fixtures (*.test.ts, testing/) are for tests only.',
  },
  { from: from('electron-contract', 'electron-pure', 'electron-services', 'electron-main', 'electron-tools', 'e2e', 'tooling'), allow: { to: { module: { origin: 'core' } } } },
  { from: { file: { categories: 'test' } }, allow: [{ to: { module: { origin: 'core' } } }, libraries(...TEST_LIBRARIES)] },
  { from: { file: { categories: 'tool' } }, allow: [{ to: { module: { origin: 'core' } } }, libraries(...TEST_LIBRARIES)] },
];

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
    // Every linted file, whatever its extension, so no file escapes the layers.
    plugins: { boundaries },
    settings: {
      'import/resolver': {
        typescript: { project: ['renderer/tsconfig.json', 'electron/tsconfig.json', 'e2e/tsconfig.json'], noWarnOnMultipleProjects: true },
      },
      'boundaries/elements': elements,
      'boundaries/files': [
        { category: 'test', pattern: [`${TESTED}/**/*.test.{ts,tsx}`, `${TESTED}/**/testing/**`, `${TESTED}/**/testing.ts`] },
        // Developer scripts run with tsx (e.g. db/tools/regenerate-fixture.ts): Node and the test libraries, like tests.
        { category: 'tool', pattern: [`${TESTED}/**/tools/**`] },
      ],
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      // Naming single files as elements still needs mode "full" in 7.x (partialMatch: false matches folders only).
      'boundaries/legacy-warnings': false,
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/no-unknown-dependencies': 'error',
      'boundaries/dependencies': ['error', { default: 'disallow', checkAllOrigins: true, checkUnknownLocals: true, policies }],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Playwright fixtures must destructure their (possibly empty) dependencies.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
