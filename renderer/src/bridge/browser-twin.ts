import type { BcpApi } from '../../../electron/contract';

/**
 * The browser twin of the preload, for `npm run web`: the same API, done with what a browser allows.
 * A PDF is "saved" by downloading it; opening it shows the browser's PDF viewer, which also prints.
 */
const downloads = new Map<string, { url: string; fileName: string }>();

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function openDownload(fileId: string): Promise<{ ok: true }> {
  const entry = downloads.get(fileId);
  if (!entry) return Promise.reject(new Error('unknown file'));
  window.open(entry.url, '_blank', 'noopener');
  return Promise.resolve({ ok: true });
}

function download(bytes: Uint8Array<ArrayBuffer>, fileName: string, type: string): string {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  return url;
}

export const browserTwin: BcpApi = {
  hostInfo: async () => ({ host: 'web', appVersion: import.meta.env.VITE_APP_VERSION ?? '', platform: navigator.platform }),
  savePdf: async ({ suggestedName, bytes }) => {
    const url = download(bytes as Uint8Array<ArrayBuffer>, suggestedName, 'application/pdf');
    const fileId = randomId();
    downloads.set(fileId, { url, fileName: suggestedName });
    return { status: 'saved', fileId, fileName: suggestedName };
  },
  openSavedFile: ({ fileId }) => openDownload(fileId),
  printSavedFile: ({ fileId }) => openDownload(fileId),
  revealSavedFile: async () => {
    throw new Error('not available in a browser');
  },
  // A browser page cannot write into folders of the user's choosing: automatic generations need the desktop app.
  chooseBackupFolder: async () => ({ status: 'failed', code: 'unsupported' }),
  writeBackupGeneration: async () => ({ ok: false, code: 'unsupported' }),
  listBackupGenerations: async () => ({ ok: false, code: 'unsupported' }),
  // Published copies live in folders too: publishing and reading them needs the desktop app.
  publishCopy: async () => ({ ok: false, code: 'unsupported' }),
  readPublishedCopy: async () => ({ ok: false, code: 'unsupported' }),
  saveBackupFile: async ({ suggestedName, bytes }) => {
    const url = download(bytes as Uint8Array<ArrayBuffer>, suggestedName, 'application/octet-stream');
    // Revoke later: the download has to start reading the blob first.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { status: 'saved', fileName: suggestedName };
  },
};
