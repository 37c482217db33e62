/**
 * Everything an IPC call goes through before and after its handler, without `electron` so it is unit-tested:
 * sender check, request validation, response validation, and error scrubbing. ipc.ts only wires it to ipcMain.
 */
import { ContractViolation, contract, parseRequest } from './contract';
import type { Handlers, Operation, ResponseOf } from './contract';
import { isTrustedIpcSender, type IpcSenderInfo } from './security-policy';

/**
 * The only errors a renderer ever sees. Electron forwards just the message, so it must not carry paths or
 * validation details; the details go to the main-process log.
 */
export const IPC_ERRORS = Object.freeze({
  refused: 'bcp: request refused',
  invalid: 'bcp: invalid request',
  failed: 'bcp: host operation failed',
});

export async function guardedInvoke<K extends Operation>(
  operation: K,
  handler: Handlers[K],
  sender: IpcSenderInfo,
  payload: unknown,
): Promise<ResponseOf<K>> {
  if (!isTrustedIpcSender(sender)) {
    console.warn(`[bcp] refused ${operation} from ${sender.isMainFrame ? 'main frame' : 'subframe'} ${sender.frameUrl ?? '(no frame)'}`);
    throw new Error(IPC_ERRORS.refused);
  }

  let request: Parameters<Handlers[K]>[0];
  try {
    request = parseRequest(operation, payload);
  } catch (error) {
    if (error instanceof ContractViolation) {
      console.warn(`[bcp] ${error.message}`);
      // Electron passes only the message to the renderer, so the cause stays in the main process.
      throw new Error(IPC_ERRORS.invalid, { cause: error });
    }
    throw error;
  }

  let result: unknown;
  try {
    result = await (handler as (r: typeof request) => Promise<unknown>)(request);
  } catch (error) {
    console.error(`[bcp] ${operation} failed:`, error);
    throw new Error(IPC_ERRORS.failed, { cause: error });
  }

  // Parsing the answer too strips anything the contract does not declare (a stray path, say) before it leaves.
  const checked = contract[operation].response.safeParse(result);
  if (!checked.success) {
    console.error(`[bcp] ${operation} returned a response outside the contract:`, checked.error.issues);
    throw new Error(IPC_ERRORS.failed);
  }
  return checked.data as ResponseOf<K>;
}
