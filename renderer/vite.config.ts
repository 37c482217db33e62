import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { CSP_DIRECTIVES } from '../electron/security-policy.ts';
import pkg from '../package.json' with { type: 'json' };

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The CSP also goes into the page as a meta tag, from the one policy in electron/security-policy.ts, so the page
 * is locked down even where a host forgot the header. frame-ancestors is header-only (a meta copy only logs an error).
 */
const metaCsp = Object.entries(CSP_DIRECTIVES)
  .filter(([directive]) => directive !== 'frame-ancestors')
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

// The build is served from app://bcp/ in Electron and from 127.0.0.1 in web mode and tests:
// relative asset URLs keep one build valid for both origins.
export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: here('../resources'),
  plugins: [
    react(),
    {
      name: 'bcp-csp-meta',
      transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaCsp }, injectTo: 'head-prepend' }],
    },
  ],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
  build: {
    // BCP_RENDERER_OUT lets parallel checkouts or sessions build side by side without clobbering each other.
    outDir: process.env.BCP_RENDERER_OUT ?? here('../dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: 'es' },
});
