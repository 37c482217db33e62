import { describe, expect, it } from 'vitest';
import { backupFileName, compareCopyAge } from './backup-file-name';

describe('backup file names and distributed copies', () => {
  it('names a backup file Windows accepts', () => {
    expect(backupFileName('さくら/病院:本院', new Date(2026, 10, 21, 9, 5))).toBe('さくら＿病院＿本院_バックアップ_20261121-0905.bcpbak');
  });

  it('accepts only a newer copy', () => {
    expect(compareCopyAge(undefined, '2026-01-01T00:00:00.000Z')).toBe('newer');
    expect(compareCopyAge('2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z')).toBe('newer');
    expect(compareCopyAge('2026-02-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')).toBe('older');
    expect(compareCopyAge('2026-02-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z')).toBe('same');
  });
});
