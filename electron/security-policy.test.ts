import { describe, it, expect } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  isAllowedDownloadUrl,
  isAllowedRequestUrl,
  isAppUrl,
  isTrustedIpcSender,
  withAppCsp,
} from './security-policy';

describe('content security policy', () => {
  it('is exactly the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    );
  });

  it('allows no remote origin, eval or inline code', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*|unsafe-/);
  });

  it('has a meta-tag form without frame-ancestors', () => {
    expect(META_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });

  it('is part of the security headers, with nosniff', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('isAppUrl', () => {
  it('accepts the app origin', () => {
    expect(APP_ORIGIN).toBe('app://bcp');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://bcp/contacts/123?x=1#y')).toBe(true);
  });

  it.each([
    'app://bcp.evil/index.html',
    'app://evil/index.html',
    'app://bcp:8080/index.html',
    'app://user@bcp/index.html',
    'https://bcp/index.html',
    'file:///C:/app/index.html',
    'http://127.0.0.1:5178/',
    'devtools://devtools/bundled/index.html',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses a missing URL', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
  });
});

describe('isTrustedIpcSender', () => {
  it('trusts only the main frame of the app', () => {
    expect(isTrustedIpcSender({ frameUrl: APP_ENTRY_URL, isMainFrame: true })).toBe(true);
  });

  it('refuses a subframe even of the app origin', () => {
    expect(isTrustedIpcSender({ frameUrl: APP_ENTRY_URL, isMainFrame: false })).toBe(false);
  });

  it('refuses other origins and destroyed frames', () => {
    expect(isTrustedIpcSender({ frameUrl: 'https://example.com/', isMainFrame: true })).toBe(false);
    expect(isTrustedIpcSender({ frameUrl: 'file:///index.html', isMainFrame: true })).toBe(false);
    expect(isTrustedIpcSender({ frameUrl: undefined, isMainFrame: true })).toBe(false);
  });
});

describe('request and download filters', () => {
  it('let through the app, its blobs and data URLs', () => {
    expect(isAllowedRequestUrl('app://bcp/assets/index.js')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://bcp/2b5f0e0c-1d7b-4e0a-9d5e-1f2a3b4c5d6e')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/devtools_app.html')).toBe(true);
  });

  it('cancel everything that could leave the computer', () => {
    for (const url of ['https://fonts.googleapis.com/css', 'http://10.0.0.1/', 'ws://127.0.0.1:9229', 'file:///etc/passwd', 'ftp://x/', 'blob:https://evil.example/1']) {
      expect(isAllowedRequestUrl(url)).toBe(false);
    }
  });

  it('allow downloads only of data the page made', () => {
    expect(isAllowedDownloadUrl('blob:app://bcp/2b5f0e0c')).toBe(true);
    expect(isAllowedDownloadUrl('data:text/csv;base64,AAAA')).toBe(true);
    expect(isAllowedDownloadUrl('app://bcp/index.html')).toBe(false);
    expect(isAllowedDownloadUrl('https://example.com/x.exe')).toBe(false);
  });
});

describe('withAppCsp', () => {
  it('replaces any CSP, in any letter case, with the app policy and keeps other headers', () => {
    const headers = withAppCsp('app://bcp/index.html', {
      'content-security-policy': ["default-src *; script-src 'unsafe-eval'"],
      'Content-Security-Policy': ['default-src *'],
      'Content-Type': ['text/html'],
    });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('adds the policy when a response has none', () => {
    expect(withAppCsp('app://bcp/a.js', undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('leaves DevTools pages alone', () => {
    const original = { 'Content-Security-Policy': ["script-src 'self' 'unsafe-eval'"] };
    expect(withAppCsp('devtools://devtools/bundled/devtools_app.html', original)).toEqual(original);
  });
});
