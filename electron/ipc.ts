/**
 * The only way the main process registers IPC. Every channel comes from contract.ts and every call goes
 * through guardedInvoke (sender origin, request and response validation, error scrubbing).
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { contract, operations, type Handlers, type Operation } from './contract';
import { guardedInvoke } from './ipc-guard';
import type { IpcSenderInfo } from './security-policy';

function senderOf(event: IpcMainInvokeEvent): IpcSenderInfo {
  // senderFrame is null once the frame navigated away or was destroyed: such a sender is never trusted.
  const frame = event.senderFrame;
  return { frameUrl: frame?.url, isMainFrame: frame !== null && frame.parent === null };
}

export function handle<K extends Operation>(operation: K, fn: Handlers[K]): void {
  ipcMain.handle(contract[operation].channel, (event, payload: unknown) =>
    guardedInvoke(operation, fn, senderOf(event), payload),
  );
}

export function registerHandlers(handlers: Handlers): void {
  for (const operation of operations) {
    // The generic loop loses the link between an operation and its handler's type; handle() re-checks it per key.
    handle(operation, handlers[operation] as Handlers[typeof operation]);
  }
}
