import { describe, expect, it } from 'vitest';
import { reviewState } from './contact-review';

describe('review period', () => {
  it('flags unverified contacts and those verified longer ago than the period', () => {
    expect(reviewState({ lastVerifiedAt: '' }, '2026-11-21', 180)).toBe('unverified');
    expect(reviewState({ lastVerifiedAt: '2026-05-25' }, '2026-11-21', 180)).toBe('current');
    expect(reviewState({ lastVerifiedAt: '2026-05-24' }, '2026-11-21', 180)).toBe('overdue');
  });
});
