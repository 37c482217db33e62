/**
 * Maps Node's system errors to the contract's stable error codes. The codes, not messages, cross the bridge:
 * messages carry paths and OS wording the renderer must not show or depend on.
 */
import type { HostErrorCode } from '../contract';

/** An expected failure of a host operation, carrying the code the renderer will receive. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    options?: { cause?: unknown },
  ) {
    super(`host operation failed: ${code}`, options);
    this.name = 'HostError';
  }
}

const ERRNO_CODES: Readonly<Record<string, HostErrorCode>> = Object.freeze({
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  ENOENT: 'not-found',
  ENOTDIR: 'not-found',
  EACCES: 'no-permission',
  EPERM: 'no-permission',
  EROFS: 'no-permission',
  EBUSY: 'file-busy',
  ETXTBSY: 'file-busy',
});

export function hostErrorCodeOf(error: unknown): HostErrorCode {
  if (error instanceof HostError) return error.code;
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    return ERRNO_CODES[error.code] ?? 'unknown';
  }
  return 'unknown';
}
