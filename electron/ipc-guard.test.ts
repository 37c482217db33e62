import { describe, it, expect, vi, afterEach } from 'vitest';
import type { Handlers } from './contract';
import { IPC_ERRORS, guardedInvoke } from './ipc-guard';
import { APP_ENTRY_URL } from './security-policy';

const app = { frameUrl: APP_ENTRY_URL, isMainFrame: true };
const fileId = 'AAAAAAAAAAAAAAAAAAAAAAAA';

const hostInfo: Handlers['hostInfo'] = async () => ({ host: 'test', appVersion: '1.0.0', platform: 'linux' });

afterEach(() => {
  vi.restoreAllMocks();
});

function quiet(): void {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

describe('guardedInvoke', () => {
  it('runs the handler for the app main frame', async () => {
    expect(await guardedInvoke('hostInfo', hostInfo, app, {})).toEqual({ host: 'test', appVersion: '1.0.0', platform: 'linux' });
  });

  it('refuses other origins and subframes without running the handler', async () => {
    quiet();
    const handler = vi.fn(hostInfo);
    for (const sender of [
      { frameUrl: 'https://evil.example/', isMainFrame: true },
      { frameUrl: 'file:///tmp/x.html', isMainFrame: true },
      { frameUrl: APP_ENTRY_URL, isMainFrame: false },
      { frameUrl: undefined, isMainFrame: true },
    ]) {
      await expect(guardedInvoke('hostInfo', handler, sender, {})).rejects.toThrow(IPC_ERRORS.refused);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses an invalid payload with a message that carries no details', async () => {
    quiet();
    const handler = vi.fn(async () => ({ ok: true as const }));
    const error = await guardedInvoke('openSavedFile', handler, app, { fileId: '../../etc/passwd' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(IPC_ERRORS.invalid);
    expect((error as Error).name).toBe('Error');
    expect(handler).not.toHaveBeenCalled();
  });

  it('hides handler exceptions behind a generic message', async () => {
    quiet();
    const failing: Handlers['openSavedFile'] = async () => {
      throw new Error('EACCES: permission denied, open /home/nurse/secret.pdf');
    };
    const error = await guardedInvoke('openSavedFile', failing, app, { fileId }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(IPC_ERRORS.failed);
  });

  it('strips undeclared fields from responses and refuses malformed ones', async () => {
    quiet();
    const leaky = (async () => ({ ok: true, path: '/home/nurse/a.pdf' })) as unknown as Handlers['openSavedFile'];
    expect(await guardedInvoke('openSavedFile', leaky, app, { fileId })).toEqual({ ok: true });

    const broken = (async () => ({ ok: 'yes' })) as unknown as Handlers['openSavedFile'];
    await expect(guardedInvoke('openSavedFile', broken, app, { fileId })).rejects.toThrow(IPC_ERRORS.failed);
  });
});
