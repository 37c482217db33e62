/**
 * The app:// scheme: a stable, secure origin (app://bcp) for the renderer, so IndexedDB survives updates and
 * the page never runs from file://.
 */
import { protocol, type Session } from 'electron';
import { APP_HOST, APP_SCHEME } from './security-policy';
import { serveStatic } from './services/static-files';

/** Must run before the app's 'ready' event. No bypassCSP: the app's own CSP must apply to it. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/** Serve the renderer build from `root` on app://bcp/. Any other host answers 404. */
export function serveAppProtocol(ses: Session, root: string): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.hostname !== APP_HOST || url.port !== '') {
      return new Response('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    }
    try {
      const response = await serveStatic(root, request.method, url.pathname);
      return new Response(response.body, { status: response.status, headers: response.headers });
    } catch (error) {
      // Unreadable build files (permissions, a broken install): say so in the log, not in the page.
      console.error(`[bcp] failed to serve ${url.pathname}:`, error);
      return new Response('Internal Server Error', { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    }
  });
}
