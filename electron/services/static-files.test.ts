import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../security-policy';
import { mimeTypeFor, resolveRequestPath, serveStatic } from './static-files';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'bcp-static-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await mkdir(path.join(root, 'fonts'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>BCP</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(root, 'fonts', 'NotoSansJP-Regular.ttf'), Buffer.from([0, 1, 0, 0]));
  await writeFile(path.join(root, 'ファイル.json'), '{}');
  await writeFile(path.join(root, '.env'), 'SECRET=1');
  await writeFile(path.join(base, 'secret.txt'), 'outside root');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.ttf', 'font/ttf'],
    ['a.woff2', 'font/woff2'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.png', 'image/png'],
    ['a.svg', 'image/svg+xml'],
    ['a.ico', 'image/x-icon'],
    ['a.js.map', 'application/json; charset=utf-8'],
    ['a.wasm', 'application/wasm'],
    ['A.PNG', 'image/png'],
    ['a.exe', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('resolveRequestPath', () => {
  it('maps / to index.html', () => {
    expect(resolveRequestPath(root, '/')).toEqual({ kind: 'file', filePath: path.join(root, 'index.html'), isAppRoute: true });
  });

  it('decodes percent-encoded names', () => {
    const result = resolveRequestPath(root, `/${encodeURIComponent('ファイル.json')}`);
    expect(result).toEqual({ kind: 'file', filePath: path.join(root, 'ファイル.json'), isAppRoute: false });
  });

  it.each([
    ['traversal', '/../secret.txt'],
    ['nested traversal', '/assets/../../secret.txt'],
    ['encoded traversal', '/%2e%2e/secret.txt'],
    ['encoded slash traversal', '/assets%2f..%2f..%2fsecret.txt'],
    ['double-encoded-looking dot', '/.%2e/secret.txt'],
    ['backslash traversal', '/..\\secret.txt'],
    ['encoded backslash', '/assets%5c..%5c..%5csecret.txt'],
    ['NUL', '/index.html%00.png'],
    ['raw NUL', '/index.html\u0000'],
    ['Windows drive', '/C:/Windows/win.ini'],
    ['encoded absolute path', '/%2Fetc%2Fpasswd'],
    ['double-slash absolute path', '//etc/passwd'],
    ['NTFS stream', '/index.html::$DATA'],
    ['relative path', 'index.html'],
    ['malformed encoding', '/%E0%A4%A'],
    ['dotfile', '/.env'],
  ])('rejects %s', (_name, urlPath) => {
    expect(resolveRequestPath(root, urlPath).kind).toBe('rejected');
  });

  it('treats an extension-less path as an app route', () => {
    expect(resolveRequestPath(root, '/contacts/42')).toEqual({
      kind: 'file',
      filePath: path.join(root, 'contacts', '42'),
      isAppRoute: true,
    });
  });
});

describe('serveStatic', () => {
  it('serves a file with its type and the security headers', async () => {
    const response = await serveStatic(root, 'GET', '/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(response.headers['Content-Length']).toBe('14');
    expect(response.body?.toString()).toBe('console.log(1)');
  });

  it('serves fonts as binary', async () => {
    const response = await serveStatic(root, 'GET', '/fonts/NotoSansJP-Regular.ttf');
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe('font/ttf');
    expect([...(response.body ?? [])]).toEqual([0, 1, 0, 0]);
  });

  it('falls back to index.html for extension-less app routes', async () => {
    for (const route of ['/', '/contacts', '/contacts/123/edit', '/assets/']) {
      const response = await serveStatic(root, 'GET', route);
      expect(response.status, route).toBe(200);
      expect(response.headers['Content-Type']).toBe('text/html; charset=utf-8');
      expect(response.body?.toString()).toContain('<title>BCP</title>');
    }
  });

  it('answers 404 for a missing file with an extension', async () => {
    const response = await serveStatic(root, 'GET', '/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('answers 400 for traversal and never reads outside root', async () => {
    for (const urlPath of ['/../secret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt']) {
      const response = await serveStatic(root, 'GET', urlPath);
      expect(response.status, urlPath).toBe(400);
      expect(response.body?.toString()).not.toContain('outside root');
    }
  });

  it('answers HEAD without a body', async () => {
    const response = await serveStatic(root, 'HEAD', '/index.html');
    expect(response.status).toBe(200);
    expect(response.body).toBeNull();
    expect(response.headers['Content-Length']).toBe(String('<!doctype html><title>BCP</title>'.length));
  });

  it('refuses other methods', async () => {
    const response = await serveStatic(root, 'POST', '/index.html');
    expect(response.status).toBe(405);
    expect(response.headers.Allow).toBe('GET, HEAD');
  });

  it('answers 404 when the build is missing', async () => {
    const response = await serveStatic(path.join(base, 'nothing-here'), 'GET', '/');
    expect(response.status).toBe(404);
  });
});
