/**
 * What went wrong with storage, in the terms the UI explains to a user. The UI maps each kind to a Japanese
 * message (`storageError.<kind>` in i18n); raw browser errors never reach the screen.
 */
export type StorageErrorKind = 'quota' | 'blocked' | 'newer-version' | 'unavailable' | 'read-only' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    cause?: unknown,
  ) {
    super(`storage error: ${kind}`, { cause });
    this.name = 'StorageError';
  }
}

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // Dexie wraps the browser's DOMException in `inner`; look through the whole chain.
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const e = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof e.name === 'string') names.push(e.name);
    current = e.inner ?? e.cause;
  }
  return names;
}

export function classifyStorageError(error: unknown): StorageErrorKind {
  if (error instanceof StorageError) return error.kind;
  const names = namesOf(error);
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.includes('ReadOnlyError')) return 'read-only';
  if (names.includes('VersionError')) return 'newer-version';
  if (names.some((n) => n === 'MissingAPIError' || n === 'InvalidAccessError' || n === 'SecurityError')) return 'unavailable';
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'OpenFailedError' || n === 'InvalidStateError' || n === 'UnknownError'))
    return 'blocked';
  return 'unknown';
}

export function toStorageError(error: unknown): StorageError {
  return error instanceof StorageError ? error : new StorageError(classifyStorageError(error), error);
}
