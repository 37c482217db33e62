/**
 * Session and web-contents lockdown. The renderer is treated as untrusted: it gets no permissions, cannot
 * navigate, open windows, attach webviews or reach the network, and every response carries THE CSP.
 */
import { app, type Session, type WebContents } from 'electron';
import { isAllowedDownloadUrl, isAllowedPermission, isAllowedRequestUrl, withAppCsp } from './security-policy';

export function hardenSession(ses: Session): void {
  // Camera, notifications, clipboard-read, geolocation...: the workbook needs none of them. Persistent storage is
  // the one exception, for the app's own page only: without it Chromium may evict the workbook when disk runs low.
  ses.setPermissionRequestHandler((webContents, permission, callback, details) =>
    callback(isAllowedPermission(permission, details.requestingUrl ?? webContents.getURL())),
  );
  ses.setPermissionCheckHandler((_webContents, permission, requestingOrigin) => isAllowedPermission(permission, requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));

  // Second line of defence behind the CSP: nothing may leave the computer, whatever the page tries.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) console.warn(`[bcp] blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });

  // The protocol handler already sends the CSP; this also covers any response that did not come from it.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withAppCsp(details.url, details.responseHeaders) });
  });

  ses.on('will-download', (event, item) => {
    if (!isAllowedDownloadUrl(item.getURL())) event.preventDefault();
  });

  // Chromium's spellchecker downloads dictionaries from Google; spellcheck is off in the window as well.
  ses.setSpellCheckerEnabled(false);
}

export function hardenWebContents(contents: WebContents): void {
  // The app is a single page: in-app routing uses the History API, which does not fire these events.
  contents.on('will-navigate', (event) => event.preventDefault());
  // Covers subframes too; programmatic loadURL from the main process fires neither event.
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies hardenWebContents to every web contents ever created, including ones we did not create ourselves. */
export function installWebContentsHooks(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
