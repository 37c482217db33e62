/**
 * Runs sandboxed and context-isolated: exposes window.bcp, built from the contract, and nothing else.
 * ipcRenderer itself never reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, type BcpApi } from './contract';

export const api: BcpApi = buildApi((channel, payload) => ipcRenderer.invoke(channel, payload));

contextBridge.exposeInMainWorld('bcp', api);
