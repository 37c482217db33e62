/**
 * `npm run web`: serves the renderer build on 127.0.0.1 with exactly the app:// rules (same static-files
 * module, same CSP). Also imported by the e2e tests, which start it on a random port.
 */
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serveStatic } from './services/static-files';

export interface WebServerOptions {
  /** Folder to serve, normally dist/renderer. */
  root: string;
  /** 0 picks a free port. */
  port?: number;
  /** Loopback only by default: the workbook holds a hospital's contacts and must not be offered to the LAN. */
  host?: string;
}

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Requests whose Host header is not this server are refused (DNS rebinding: a web page that made its own
 * hostname resolve to 127.0.0.1 could otherwise read what we serve).
 */
function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set([host, '127.0.0.1', 'localhost', '[::1]']);
  return new Set([...names].map((name) => `${name.includes(':') && !name.startsWith('[') ? `[${name}]` : name}:${port}`));
}

async function respond(root: string, hosts: Set<string>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!hosts.has((req.headers.host ?? '').toLowerCase())) {
    res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Misdirected Request');
    return;
  }
  // The raw path, not `new URL(...)`: normalising "/../x" to "/x" here would hide an attack that serveStatic
  // refuses outright. Absolute-form targets ("http://host/x") do not start with "/" and are refused too.
  const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  const response = await serveStatic(root, req.method ?? 'GET', rawPath);
  res.writeHead(response.status, response.headers);
  res.end(response.body ?? undefined);
}

export function startWebServer({ root, port = 5178, host = '127.0.0.1' }: WebServerOptions): Promise<WebServer> {
  const resolvedRoot = path.resolve(root);
  let hosts = new Set<string>();
  const server = createServer((req, res) => {
    respond(resolvedRoot, hosts, req, res).catch((error: unknown) => {
      console.error('[bcp-web] request failed:', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error');
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const actualPort = (server.address() as AddressInfo).port;
      hosts = allowedHosts(host, actualPort);
      const urlHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${urlHost}:${actualPort}/`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive connections from a browser would otherwise hold close() open.
            server.closeAllConnections();
          }),
      });
    });
  });
}

async function main(): Promise<void> {
  const root = path.resolve(process.cwd(), 'dist', 'renderer');
  const port = Number.parseInt(process.env.PORT ?? '5178', 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid PORT: ${process.env.PORT}`);
  if (!(await stat(path.join(root, 'index.html')).then(() => true, () => false))) {
    console.warn(`no renderer build in ${root}: run \`npm run build:renderer\` first (every page will be 404)`);
  }
  const server = await startWebServer({ root, port });
  console.log(`BCP Workbook (web): ${server.url}`);
  console.log(`serving ${root}; Ctrl+C to stop`);
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Run only as `tsx electron/web-server.ts`, not when the e2e tests import startWebServer.
if (/(^|[\\/])web-server\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
