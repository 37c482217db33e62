import { describe, expect, it } from 'vitest';
import { encodeBackup, type BackupContent } from '../workbook-backup/backup-file';
import { compareAsOf, CopyRefusedError, encodePublishedCopy, readHeader, verifyPublishedCopy, type Signer } from './published-copy';
import { createSigningKey, exportPublicKey, fingerprintOf, groupFingerprint, normaliseFingerprint } from './signing-key';

async function signer(): Promise<Signer> {
  const pair = await createSigningKey();
  const publicKey = await exportPublicKey(pair.publicKey);
  return { privateKey: pair.privateKey, publicKey, fingerprint: await fingerprintOf(publicKey) };
}

const asOf = '2026-12-01T01:00:00.000Z';
async function payload(): Promise<Uint8Array<ArrayBuffer>> {
  const content: BackupContent = {
    manifest: { app: 'BCP Workbook', appVersion: 'test', schemaVersion: 2, facilityName: 'みなと総合病院', createdAt: asOf, purpose: 'manual', counts: { contacts: 1 } },
    tables: { contacts: [{ id: 'c1', name: '山田 花子' }] },
  };
  return encodeBackup(content);
}

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof CopyRefusedError) return error.code;
    throw error;
  }
  return 'accepted';
}

describe('signed published copies', () => {
  it('verifies with the paired key and returns the .bcpbak unchanged', async () => {
    const key = await signer();
    const inner = await payload();
    const file = await encodePublishedCopy(inner, { asOf, facilityName: 'みなと総合病院' }, key);
    const { header, payload: out } = await verifyPublishedCopy(file, key);
    expect(header.asOf).toBe(asOf);
    expect(header.keyFingerprint).toBe(key.fingerprint);
    expect(out).toEqual(inner);
  });

  it('keeps the private key out of reach (non-extractable)', async () => {
    const pair = await createSigningKey();
    expect(pair.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', pair.privateKey)).rejects.toThrow();
  });

  it('refuses a changed byte in the workbook, a changed header and a lifted signature as tampered', async () => {
    const key = await signer();
    const file = await encodePublishedCopy(await payload(), { asOf, facilityName: 'みなと総合病院' }, key);
    const flipped = file.slice();
    flipped[flipped.length - 40]! ^= 0x01;
    expect(await refusal(verifyPublishedCopy(flipped, key))).toBe('tampered');

    // A later 時点 written into the header without the private key.
    const { header, payloadOffset } = readHeader(file);
    const forged = new TextEncoder().encode(JSON.stringify({ ...header, asOf: '2027-01-01T00:00:00.000Z' }));
    const rebuilt = new Uint8Array(12 + forged.length + file.length - payloadOffset);
    rebuilt.set(file.subarray(0, 8));
    new DataView(rebuilt.buffer).setUint32(8, forged.length);
    rebuilt.set(forged, 12);
    rebuilt.set(file.subarray(payloadOffset), 12 + forged.length);
    expect(await refusal(verifyPublishedCopy(rebuilt, key))).toBe('tampered');
  });

  it('refuses a truncated copy, whether cut in the header or in the workbook', async () => {
    const key = await signer();
    const file = await encodePublishedCopy(await payload(), { asOf, facilityName: 'みなと総合病院' }, key);
    expect(await refusal(verifyPublishedCopy(file.subarray(0, file.length - 10), key))).toBe('truncated');
    expect(await refusal(verifyPublishedCopy(file.subarray(0, 40), key))).toBe('truncated');
    expect(await refusal(verifyPublishedCopy(file.subarray(0, 10), key))).toBe('truncated');
  });

  it('refuses a copy signed by another key, even one that names the paired fingerprint', async () => {
    const paired = await signer();
    const stranger = await signer();
    const foreign = await encodePublishedCopy(await payload(), { asOf, facilityName: '別の病院' }, stranger);
    expect(await refusal(verifyPublishedCopy(foreign, paired))).toBe('foreign-key');
    const impostor = await encodePublishedCopy(await payload(), { asOf, facilityName: '別の病院' }, { ...stranger, fingerprint: paired.fingerprint });
    expect(await refusal(verifyPublishedCopy(impostor, paired))).toBe('tampered');
  });

  it('refuses what is not a copy at all', async () => {
    const key = await signer();
    expect(await refusal(verifyPublishedCopy(await payload(), key))).toBe('foreign');
    expect(await refusal(verifyPublishedCopy(new Uint8Array(0), key))).toBe('foreign');
  });

  it('orders copies by their 時点', () => {
    expect(compareAsOf(undefined, asOf)).toBe('newer');
    expect(compareAsOf(asOf, '2026-12-01T02:00:00.000Z')).toBe('newer');
    expect(compareAsOf(asOf, asOf)).toBe('same');
    expect(compareAsOf(asOf, '2026-11-30T00:00:00.000Z')).toBe('older');
  });

  it('shows fingerprints in groups of four and reads them back however they were typed', async () => {
    const key = await signer();
    const grouped = groupFingerprint(key.fingerprint);
    expect(grouped).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(normaliseFingerprint(grouped.toLowerCase().replace(/ /g, '-'))).toBe(key.fingerprint);
    expect(normaliseFingerprint('１２３４' + key.fingerprint.slice(4))).toBe('1234' + key.fingerprint.slice(4));
    expect(normaliseFingerprint('XYZ')).toBeNull();
  });
});
