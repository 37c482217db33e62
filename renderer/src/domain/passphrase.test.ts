import { describe, expect, it } from 'vitest';
import { checkPassphrase, createVerifier, newPassphraseSchema, passphraseVerifierSchema } from './passphrase';
import { PBKDF2_ITERATIONS } from '../base/webcrypto';

describe('管理者パスフレーズ verifier', () => {
  it('checks the right passphrase, refuses a wrong one, and never holds the passphrase', async () => {
    const verifier = await createVerifier('病院の管理者パスフレーズ');
    expect(passphraseVerifierSchema.parse(verifier)).toEqual(verifier);
    expect(verifier.iterations).toBeGreaterThanOrEqual(600_000);
    expect(verifier.iterations).toBe(PBKDF2_ITERATIONS);
    expect(JSON.stringify(verifier)).not.toContain('管理者');
    expect(await checkPassphrase('病院の管理者パスフレーズ', verifier)).toBe(true);
    expect(await checkPassphrase('病院の管理者パスフレーズ ', verifier)).toBe(false);
    // A fresh salt each time: the same passphrase never gives the same verifier.
    expect((await createVerifier('病院の管理者パスフレーズ')).hash).not.toBe(verifier.hash);
  });

  it('validates a new passphrase with message keys', () => {
    const issues = (v: { passphrase: string; confirm: string }) => newPassphraseSchema.safeParse(v).error?.issues.map((i) => i.message) ?? [];
    expect(issues({ passphrase: 'short', confirm: 'short' })).toContain('workbookBackup.validation.passphraseTooShort');
    expect(issues({ passphrase: 'long enough', confirm: 'different' })).toEqual(['workbookBackup.validation.passphraseMismatch']);
    expect(issues({ passphrase: 'long enough', confirm: 'long enough' })).toEqual([]);
  });
});
