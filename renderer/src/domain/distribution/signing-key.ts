import { fromBase64, sha256Bytes, toBase64 } from '../../base/webcrypto';

/**
 * The editing PC's signing key (ECDSA P-256, WebCrypto). The private key is created non-extractable and never
 * leaves the PC that made it; the public key travels inside every published copy, and a reader trusts it only after
 * a person compared its fingerprint with the one shown on the editing PC.
 */
export const SIGNING_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const SIGNATURE_PARAMS = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** Bytes of the fingerprint: 128 bits of SHA-256 over the public key, 32 hex digits read in 8 groups of 4. */
const FINGERPRINT_BYTES = 16;

export async function createSigningKey(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(SIGNING_ALGORITHM, false, ['sign', 'verify']);
}

/** The public key as base64 SPKI: what a copy carries and a reader stores. */
export async function exportPublicKey(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('spki', key)));
}

export async function importPublicKey(spkiBase64: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('spki', fromBase64(spkiBase64), SIGNING_ALGORITHM, true, ['verify']);
}

/** 32 upper-case hex digits of SHA-256 over the SPKI bytes. */
export async function fingerprintOf(spkiBase64: string): Promise<string> {
  const digest = await sha256Bytes(fromBase64(spkiBase64));
  return Array.from(digest.subarray(0, FINGERPRINT_BYTES), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/** 「1A2B 3C4D …」: how both PCs show a fingerprint, so two people can read it aloud group by group. */
export function groupFingerprint(fingerprint: string): string {
  return (fingerprint.match(/.{1,4}/g) ?? []).join(' ');
}

/** What a person typed (spaces, hyphens, lower case, full-width digits) as a bare fingerprint; null when it cannot be one. */
export function normaliseFingerprint(typed: string): string | null {
  const bare = typed
    .normalize('NFKC')
    .replace(/[\s\-:]/g, '')
    .toUpperCase();
  return /^[0-9A-F]{32}$/.test(bare) ? bare : null;
}
