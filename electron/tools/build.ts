/**
 * Bundles the main process and the preload with esbuild into dist/electron as .cjs files (package.json has
 * "type": "module", so a .js file there would be read as ESM).
 * The preload is fully bundled (zod included) because a sandboxed preload can require only `electron` and
 * a few polyfilled modules, never node_modules; the build fails if anything else is left as a require.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build, type BuildOptions, type Metafile } from 'esbuild';

const repo = path.resolve(import.meta.dirname, '..', '..');
const outdir = path.join(repo, 'dist', 'electron');

/** Electron 45 ships Node 22 and Chromium 140. */
const common = {
  bundle: true,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  external: ['electron'],
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  absWorkingDir: repo,
} satisfies BuildOptions;

const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Fail the build if an output still requires something that will not exist at runtime. */
function assertImports(metafile: Metafile, allowed: (specifier: string) => boolean, label: string): void {
  const offending = Object.values(metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((entry) => entry.external && !allowed(entry.path))
    .map((entry) => entry.path);
  if (offending.length > 0) {
    throw new Error(`${label} would require modules that are not available at runtime: ${[...new Set(offending)].join(', ')}`);
  }
}

async function main(): Promise<void> {
  const [mainResult, preloadResult] = await Promise.all([
    build({
      ...common,
      entryPoints: { main: 'electron/main.ts' },
      outdir,
      platform: 'node',
      target: 'node22',
    }),
    build({
      ...common,
      entryPoints: { preload: 'electron/preload.ts' },
      outdir,
      // 'browser' so that any Node built-in pulled in by accident fails the build instead of failing at runtime.
      platform: 'browser',
      target: 'chrome140',
      // Parsed on every page load; the source map keeps it debuggable.
      minify: true,
    }),
  ]);

  assertImports(mainResult.metafile, (s) => s === 'electron' || nodeBuiltins.has(s), 'main.cjs');
  assertImports(preloadResult.metafile, (s) => s === 'electron', 'preload.cjs');

  for (const [file, output] of Object.entries({ ...mainResult.metafile.outputs, ...preloadResult.metafile.outputs })) {
    if (file.endsWith('.cjs')) console.log(`${file}  ${(output.bytes / 1024).toFixed(1)} KiB`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
