import { z } from 'zod';
import { deriveBits, equalBytes, fromBase64, PBKDF2_ITERATIONS, MAX_PBKDF2_ITERATIONS, randomBytes, toBase64 } from '../base/webcrypto';

/**
 * The 管理者パスフレーズ is never stored: only a salted PBKDF2-SHA-256 verifier, which can check a typed passphrase
 * but cannot give it back.
 */
export const passphraseVerifierSchema = z.object({
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(PBKDF2_ITERATIONS).max(MAX_PBKDF2_ITERATIONS),
  salt: z.string().min(16).max(64),
  hash: z.string().min(40).max(64),
});
export type PassphraseVerifier = z.output<typeof passphraseVerifierSchema>;

export const MIN_PASSPHRASE_LENGTH = 8;
export const MAX_PASSPHRASE_LENGTH = 200;

/** Validation message keys (i18n) for a new passphrase and its confirmation. */
export const newPassphraseSchema = z
  .object({
    passphrase: z.string().min(MIN_PASSPHRASE_LENGTH, 'workbookBackup.validation.passphraseTooShort').max(MAX_PASSPHRASE_LENGTH, 'workbookBackup.validation.passphraseTooLong'),
    confirm: z.string(),
  })
  .refine((v) => v.passphrase === v.confirm, { path: ['confirm'], message: 'workbookBackup.validation.passphraseMismatch' });

export async function createVerifier(passphrase: string): Promise<PassphraseVerifier> {
  const salt = randomBytes(16);
  const hash = await deriveBits(passphrase, salt, PBKDF2_ITERATIONS);
  return { kdf: 'PBKDF2-SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt), hash: toBase64(hash) };
}

export async function checkPassphrase(passphrase: string, verifier: PassphraseVerifier): Promise<boolean> {
  const hash = await deriveBits(passphrase, fromBase64(verifier.salt), verifier.iterations);
  return equalBytes(hash, fromBase64(verifier.hash));
}
