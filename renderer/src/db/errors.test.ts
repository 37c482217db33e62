import { describe, expect, it } from 'vitest';
import { classifyStorageError, StorageError } from './errors';

const named = (name: string, inner?: unknown) => Object.assign(new Error(name), { name, inner });

describe('classifyStorageError', () => {
  it('finds a quota error wrapped by Dexie', () => {
    expect(classifyStorageError(named('AbortError', named('QuotaExceededError')))).toBe('quota');
  });
  it('tells a database from a newer app version apart', () => {
    expect(classifyStorageError(named('VersionError'))).toBe('newer-version');
  });
  it('reports a browser without IndexedDB as unavailable', () => {
    expect(classifyStorageError(named('MissingAPIError'))).toBe('unavailable');
  });
  it('reports a database held elsewhere as blocked', () => {
    expect(classifyStorageError(named('OpenFailedError', named('UnknownError')))).toBe('blocked');
  });
  it('explains a write refused because the workbook is locked or a distributed copy', () => {
    expect(classifyStorageError(named('ReadOnlyError'))).toBe('read-only');
  });
  it('keeps an already classified error and falls back to unknown', () => {
    expect(classifyStorageError(new StorageError('quota'))).toBe('quota');
    expect(classifyStorageError('?')).toBe('unknown');
  });
});
