/**
 * The app's security constants and the small pure decisions built on them. No `electron` import: the
 * static file server, the web server, the main process and unit tests all read the same values from here, so
 * the desktop app and `npm run web` cannot drift apart.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'bcp';
/** Written out rather than taken from `new URL(...).origin`: WHATWG URL reports "null" for non-special schemes. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * THE Content-Security-Policy. Only the app's own origin: the app must work with the network cut, so a
 * remote origin here could only ever be a mistake or an attack. No 'unsafe-eval' / 'unsafe-inline'.
 * blob: for images and workers because the PDF renderer runs off the UI thread and previews blobs.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
});

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

/**
 * The same policy for a <meta http-equiv> tag in index.html. frame-ancestors is left out because browsers
 * ignore it in a meta tag and log a console error; the response header still carries it.
 */
export const META_CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .filter(([directive]) => directive !== 'frame-ancestors')
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

/**
 * Headers sent with every response of the app:// protocol and of the local web server.
 * frame-ancestors in the CSP and X-Frame-Options both forbid framing: the second for engines that ignore the first.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), payment=(), display-capture=()',
});

function parseUrl(url: string | undefined | null): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for URLs of the app itself (app://bcp/...), and nothing that merely looks similar (ports, credentials). */
export function isAppUrl(url: string | undefined | null): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The one permission the workbook asks for, and only from its own page: keeping its storage (navigator.storage.persist). */
export function isAllowedPermission(permission: string, requestingUrl: string | undefined | null): boolean {
  return permission === 'persistent-storage' && isAppUrl(requestingUrl);
}

/** Who sent an IPC message, as far as the main process can tell. */
export interface IpcSenderInfo {
  /** URL of the sending frame; undefined when the frame is gone (navigated away or destroyed). */
  frameUrl: string | undefined;
  /** Whether the sending frame is the top-level frame of its page. */
  isMainFrame: boolean;
}

/**
 * Only the app's own top-level page may use the bridge. A subframe (even same-origin) is refused so that
 * a future iframe, e.g. a PDF preview, can never become a way into the host.
 */
export function isTrustedIpcSender(sender: IpcSenderInfo): boolean {
  return sender.isMainFrame && isAppUrl(sender.frameUrl);
}

/**
 * Which requests the session lets through at all: the app's own files and in-memory data. Everything else
 * (http, https, ws, file, ftp...) is cancelled, so no request can leave the computer even if the CSP were bypassed.
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (parsed.protocol === 'data:') return true;
  // The DevTools frontend is local; in production the window has devTools disabled, so this only serves development.
  if (parsed.protocol === 'devtools:') return true;
  // blob: URLs carry their creator's origin: only blobs made by the app itself.
  if (parsed.protocol === 'blob:') return isAppUrl(parsed.pathname);
  return false;
}

/** Downloads (e.g. a CSV export through <a download>) are only allowed for data the page made itself. */
export function isAllowedDownloadUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (parsed.protocol === 'data:') return true;
  return parsed.protocol === 'blob:' && isAppUrl(parsed.pathname);
}

/**
 * Response headers as the session should pass them on: any CSP a response brought (in whatever letter case)
 * replaced by THE policy, so no response can loosen it and no duplicate header can be mistaken for it.
 * DevTools pages (development only) keep their own policy, which ours would break.
 */
export function withAppCsp(url: string, headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = values;
  }
  if (url.startsWith('devtools:')) return { ...headers };
  // reviewed: the value is CONTENT_SECURITY_POLICY, a constant the check cannot resolve; tools/electronegativity.ts evaluates that string.
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY]; // eng-disable CSP_JS_CHECK
  return result;
}
