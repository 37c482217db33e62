/**
 * The e2e twin of electron/preload.ts: builds `window.bcp` from the same contract, over a Playwright binding
 * instead of ipcRenderer. Bytes are base64-encoded for the trip because bindings carry JSON only.
 */
import { buildApi } from '../../electron/contract';

declare global {
  interface Window {
    __bcpInvoke(channel: string, payload: unknown): Promise<unknown>;
  }
}

function encode(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    let binary = '';
    for (let i = 0; i < value.length; i += 0x8000) binary += String.fromCharCode(...value.subarray(i, i + 0x8000));
    return { __bytes: btoa(binary) };
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  }
  return value;
}

/** Bytes in an answer (a published copy read from a folder) come back base64-encoded the same way. */
function decode(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (typeof record.__bytes === 'string') return Uint8Array.from(atob(record.__bytes), (c) => c.charCodeAt(0));
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

const api = buildApi(async (channel, payload) => decode(await window.__bcpInvoke(channel, encode(payload))));
Object.defineProperty(window, 'bcp', { value: api, writable: false, configurable: false });
