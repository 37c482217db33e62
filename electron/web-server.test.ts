import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security-policy';
import { startWebServer, type WebServer } from './web-server';

let base: string;
let server: WebServer;

/** Raw http.request, because fetch normalises "../" away and refuses to send a forged Host header. */
function get(rawPath: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: rawPath, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'bcp-web-'));
  const root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>BCP</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'export {}');
  await writeFile(path.join(base, 'secret.txt'), 'outside root');
  server = await startWebServer({ root, port: 0 });
});

afterAll(async () => {
  await server.close();
  await rm(base, { recursive: true, force: true });
});

describe('startWebServer', () => {
  it('listens on loopback with a random port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.url).not.toBe('http://127.0.0.1:0/');
  });

  it('serves files with the CSP and nosniff', async () => {
    const response = await fetch(new URL('assets/app.js', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('export {}');
  });

  it('serves index.html for app routes', async () => {
    const response = await fetch(new URL('contacts/42?tab=phones', server.url));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>BCP</title>');
  });

  it('refuses traversal sent on the wire', async () => {
    for (const rawPath of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt']) {
      const response = await get(rawPath);
      expect(response.status, rawPath).toBe(400);
      expect(response.body).not.toContain('outside root');
    }
  });

  it('refuses a foreign Host header', async () => {
    expect((await get('/', { Host: 'evil.example:80' })).status).toBe(421);
    const port = new URL(server.url).port;
    expect((await get('/', { Host: `localhost:${port}` })).status).toBe(200);
  });
});
