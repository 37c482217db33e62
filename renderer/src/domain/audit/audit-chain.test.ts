import { describe, expect, it } from 'vitest';
import { auditRowHash, GENESIS_HASH } from './audit-chain';

describe('audit row hash', () => {
  // Computed by the earlier, hand-written SHA-256 (replaced by @noble/hashes in issue 13): the format is kept forever.
  it('hashes a row with extended kanji, half-width kana and an emoji exactly as earlier versions did', () => {
    const row = { seq: 7, at: '2026-04-01T00:00:00.000Z', actor: '髙﨑①', table: 'contacts', recordId: 'c-1', action: 'update', label: 'ｶﾅ 😀', changedFields: ['phones', 'name'] } as const;
    expect(auditRowHash({ ...row, changedFields: [...row.changedFields] }, GENESIS_HASH)).toBe('9f2216f4502ef17006ea1f958bb02b4731a09e9c475a685ad05a87d05fd3783a');
  });
});
