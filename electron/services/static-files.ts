/**
 * Serves the renderer build from a folder, identically for the app:// protocol (protocol.ts) and the local
 * web server (web-server.ts). No `electron` import, so the rules are unit-tested directly.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { SECURITY_HEADERS } from '../security-policy';

export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  /** null for HEAD requests. */
  body: Buffer | null;
}

const MIME_TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
});

/** With nosniff, an unknown type is downloaded or ignored by the browser, never run. */
const FALLBACK_MIME_TYPE = 'application/octet-stream';

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? FALLBACK_MIME_TYPE;
}

export type ResolvedPath =
  | { kind: 'file'; filePath: string; isAppRoute: boolean }
  | { kind: 'rejected'; reason: string };

/**
 * Turn a URL pathname (still percent-encoded, as in `new URL(...).pathname`) into a file path inside root.
 * Anything that could reach outside root, or that different layers could read differently, is rejected
 * rather than normalised: a legitimate build never produces such paths.
 */
export function resolveRequestPath(root: string, urlPathname: string): ResolvedPath {
  if (!urlPathname.startsWith('/')) return { kind: 'rejected', reason: 'not an absolute URL path' };

  // An encoded separator can only be meant to smuggle a path past a layer that splits before decoding.
  if (/%(2f|5c)/i.test(urlPathname)) return { kind: 'rejected', reason: 'encoded separator' };

  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return { kind: 'rejected', reason: 'malformed percent-encoding' };
  }
  // Control characters (NUL cuts paths short in native code); backslashes are separators on Windows and ':'
  // selects drives and NTFS streams: none of them belongs in a URL path.
  if (/[\p{Cc}\\:]/u.test(decoded)) return { kind: 'rejected', reason: 'forbidden character' };

  // Empty segments ("//etc", "/a//b") never occur in the build and read like absolute paths to some layers.
  if (decoded.includes('//')) return { kind: 'rejected', reason: 'empty segment' };
  const segments = decoded.split('/').filter((segment) => segment !== '');
  // Dot segments arrive here only when percent-encoded; dotfiles are never part of the build.
  if (segments.some((segment) => segment.startsWith('.'))) return { kind: 'rejected', reason: 'dot segment' };

  const resolvedRoot = path.resolve(root);
  if (segments.length === 0) {
    return { kind: 'file', filePath: path.join(resolvedRoot, 'index.html'), isAppRoute: true };
  }
  const filePath = path.resolve(resolvedRoot, ...segments);
  // Belt and braces over the checks above: the result must still be strictly inside root.
  if (!filePath.startsWith(resolvedRoot + path.sep)) return { kind: 'rejected', reason: 'outside root' };

  const last = segments[segments.length - 1] ?? '';
  return { kind: 'file', filePath, isAppRoute: path.extname(last) === '' };
}

function textResponse(status: number, text: string, head: boolean): StaticResponse {
  return {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    body: head ? null : Buffer.from(text, 'utf8'),
  };
}

async function readRegularFile(filePath: string): Promise<Buffer | null> {
  try {
    const info = await stat(filePath);
    return info.isFile() ? await readFile(filePath) : null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
    throw error;
  }
}

/**
 * Answer one request for a file under root. Extension-less paths that are not files are client-side routes
 * of the single-page app and get index.html; a missing file with an extension is a plain 404.
 */
export async function serveStatic(root: string, method: string, urlPathname: string): Promise<StaticResponse> {
  const head = method === 'HEAD';
  if (method !== 'GET' && !head) {
    const response = textResponse(405, 'Method Not Allowed', head);
    response.headers.Allow = 'GET, HEAD';
    return response;
  }

  const resolved = resolveRequestPath(root, urlPathname);
  if (resolved.kind === 'rejected') return textResponse(400, 'Bad Request', head);

  let filePath = resolved.filePath;
  let body = await readRegularFile(filePath);
  if (body === null && resolved.isAppRoute) {
    filePath = path.join(path.resolve(root), 'index.html');
    body = await readRegularFile(filePath);
  }
  if (body === null) return textResponse(404, 'Not Found', head);

  return {
    status: 200,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': mimeTypeFor(filePath),
      'Content-Length': String(body.byteLength),
      // The files change only with a new build; revalidating keeps `npm run web` from serving a stale index.html.
      'Cache-Control': 'no-cache',
    },
    body: head ? null : body,
  };
}
