import { describe, expect, it } from 'vitest';
import { accountEventSchema } from './account-event';
import { accountState, AccountEventError, checkEvent, currentOpening } from './account-state';
import { looksLikePassword } from './emergency-account';
import { testEvent } from './testing';

const NOW = new Date('2026-11-20T12:00:00Z');
const opened = testEvent('e1', { kind: 'opened', at: '2026-11-20T01:00:00Z', incidentId: 'inc-1' });
const used = testEvent('e2', { kind: 'used', at: '2026-11-20T01:10:00Z' });
const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return error instanceof AccountEventError ? error.code : 'other';
  }
  return null;
};

describe('emergency account state machine', () => {
  it('walks 封印中 → 開封済 → 使用中 → 開封済 → 変更・再封印済 → 廃止', () => {
    expect(accountState([])).toBe('sealed');
    expect(accountState([opened])).toBe('opened');
    expect(accountState([opened, used])).toBe('inUse');
    const returned = testEvent('e3', { kind: 'returned', at: '2026-11-20T02:00:00Z' });
    expect(accountState([opened, used, returned])).toBe('opened');
    const resealed = testEvent('e4', { kind: 'resealed', at: '2026-11-21T02:00:00Z' });
    expect(accountState([opened, used, returned, resealed])).toBe('resealed');
    expect(accountState([opened, resealed, testEvent('e5', { kind: 'retired', at: '2026-11-22T00:00:00Z' })])).toBe('retired');
  });

  it('refuses 使用 before 開封', () => {
    const use = testEvent('x', { kind: 'used', at: '2026-11-20T01:00:00Z' });
    expect(refusal(() => checkEvent([], use, 'S-001', NOW))).toBe('notOpened');
    expect(refusal(() => checkEvent([opened], use, 'S-001', NOW))).toBeNull();
  });

  it('refuses 変更 without a new seal: no number, or the same number as the envelope now', () => {
    const missing = accountEventSchema.safeParse({ accountId: 'a1', kind: 'resealed', at: '2026-11-20T03:00:00Z', who: '佐藤', changedBy: '山﨑' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => i.message)).toContain('accounts.validation.newSealRequired');
    const same = testEvent('x', { kind: 'resealed', at: '2026-11-20T03:00:00Z', newSealNumber: 'S-001' });
    expect(refusal(() => checkEvent([opened, used], same, 'S-001', NOW))).toBe('sameSeal');
  });

  it('keeps 廃止 final', () => {
    const retired = testEvent('r', { kind: 'retired', at: '2026-11-20T02:00:00Z' });
    for (const kind of ['opened', 'used', 'resealed', 'sealCheck', 'retired'] as const) {
      expect(refusal(() => checkEvent([opened, retired], testEvent('x', { kind, at: '2026-11-20T03:00:00Z' }), 'S-001', NOW))).toBe('retired');
    }
  });

  it('refuses a second opening, a seal check of an open envelope, a line before the last one and a time in the future', () => {
    expect(refusal(() => checkEvent([opened], testEvent('x', { kind: 'opened', at: '2026-11-20T03:00:00Z' }), 'S-001', NOW))).toBe('alreadyOpen');
    expect(refusal(() => checkEvent([opened], testEvent('x', { kind: 'sealCheck', at: '2026-11-20T03:00:00Z' }), 'S-001', NOW))).toBe('notSealed');
    expect(refusal(() => checkEvent([opened, used], testEvent('x', { kind: 'returned', at: '2026-11-20T01:05:00Z' }), 'S-001', NOW))).toBe('beforeLast');
    expect(refusal(() => checkEvent([], testEvent('x', { kind: 'opened', at: '2026-11-21T00:00:00Z' }), 'S-001', NOW))).toBe('inFuture');
  });

  it('treats a broken seal as an opening that must be changed, and reviews only what needs one, once', () => {
    const broken = testEvent('b', { kind: 'sealCheck', at: '2026-11-20T01:00:00Z', sealIntact: false });
    expect(accountState([broken])).toBe('opened');
    expect(currentOpening([broken])?.id).toBe('b');
    const review = testEvent('v', { kind: 'reviewed', at: '2026-11-20T05:00:00Z', reviewOf: 'b' });
    expect(refusal(() => checkEvent([broken], review, 'S-001', NOW))).toBeNull();
    expect(refusal(() => checkEvent([broken, review], review, 'S-001', NOW))).toBe('alreadyReviewed');
    expect(refusal(() => checkEvent([opened], testEvent('v2', { kind: 'reviewed', at: '2026-11-20T05:00:00Z', reviewOf: 'e1' }), 'S-001', NOW))).toBe('nothingToReview');
  });

  it('refuses anything that looks like a written-down password', () => {
    expect(looksLikePassword('パスワード：Abc123!')).toBe(true);
    expect(looksLikePassword('PW=hoge')).toBe(true);
    expect(looksLikePassword('パスワードは封筒の中の紙にのみ記載')).toBe(false);
    const parsed = accountEventSchema.safeParse({ accountId: 'a1', kind: 'used', at: '2026-11-20T03:00:00Z', who: '佐藤', detail: 'password: secret' });
    expect(parsed.error?.issues.map((i) => i.message)).toContain('accounts.validation.noPassword');
  });
});
