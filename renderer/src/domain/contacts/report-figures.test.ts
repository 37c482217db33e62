import { describe, expect, it } from 'vitest';
import { contactsVerified } from './report-figures';

describe('contacts verified for the management report', () => {
  it('counts contacts confirmed within the review period as of the date, unconfirmed and stale ones not', () => {
    const contacts = [{ lastVerifiedAt: '2026-03-01' }, { lastVerifiedAt: '2025-01-01' }, { lastVerifiedAt: '' }];
    expect(contactsVerified(contacts, '2026-03-31', 180)).toEqual({ verified: 1, total: 3 });
  });
});
