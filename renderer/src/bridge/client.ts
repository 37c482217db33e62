import type { BcpApi } from '../../../electron/contract';
// The contract types the screens need, so nothing above the bridge names an electron/ path.
export type { BackupErrorCode, HostErrorCode, ResponseOf } from '../../../electron/contract';
import { browserTwin } from './browser-twin';

declare global {
  interface Window {
    /** Set by the Electron preload, or by the e2e host binding; absent in a plain browser. */
    bcp?: BcpApi;
  }
}

/** The host API: the real one when a host provided it, otherwise the browser twin (web mode). */
export function bridge(): BcpApi {
  return window.bcp ?? browserTwin;
}

export type { BcpApi };
