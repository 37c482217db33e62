import { z } from 'zod';
import { canonicalJson } from '../../base/canonical-json';
import { fromBase64, sha256Bytes, toBase64 } from '../../base/webcrypto';
import { fingerprintOf, importPublicKey, SIGNATURE_PARAMS } from './signing-key';

/**
 * A published copy (配布用コピー, .bcpcopy): a whole-workbook .bcpbak with a signed header in front, written by the
 * editing PC into shared folders and USB drives and taken by reader PCs.
 *
 *   offset  size  field
 *        0     8  magic "BCPCOPY\n"
 *        8     4  header length H, big-endian (at most MAX_HEADER_BYTES)
 *       12     H  header: UTF-8 JSON (publishedCopyHeaderSchema)
 *     12+H     N  the .bcpbak itself (its own checksum and format rules apply)
 *
 * The header names the signer's public key and its fingerprint, the copy's 時点 (asOf: when the snapshot was taken),
 * and the SHA-256 and length of the .bcpbak; its `signature` is ECDSA P-256 / SHA-256 over the canonical JSON of
 * every other field. A reader verifies with the key it was paired with, never with the key the file offers.
 */
export const PUBLISHED_COPY_MAGIC = new Uint8Array([0x42, 0x43, 0x50, 0x43, 0x4f, 0x50, 0x59, 0x0a]); // "BCPCOPY\n"
export const PUBLISHED_COPY_FORMAT = 'bcp-published-copy';
export const PUBLISHED_COPY_EXTENSION = '.bcpcopy';
const PREFIX_BYTES = 12;
const MAX_HEADER_BYTES = 16 * 1024;

const statementSchema = z.object({
  format: z.literal(PUBLISHED_COPY_FORMAT),
  version: z.literal(1),
  publicKey: z.string().min(40).max(400),
  keyFingerprint: z.string().regex(/^[0-9A-F]{32}$/),
  asOf: z.iso.datetime(),
  facilityName: z.string().max(200),
  payloadSha256: z.string().regex(/^[0-9a-f]{64}$/),
  payloadBytes: z.number().int().min(80),
});
export const publishedCopyHeaderSchema = statementSchema.extend({ signature: z.string().min(40).max(400) });
export type PublishedCopyHeader = z.output<typeof publishedCopyHeaderSchema>;
type Statement = z.output<typeof statementSchema>;

/** Why a copy was refused; each is its own Japanese message (i18n distribution.refused.<code>). */
export type CopyRefusal =
  | 'foreign' // not a published copy at all
  | 'truncated' // cut short: a copy still being written by an old tool, a USB drive pulled
  | 'tampered' // the signature or the hash does not match what was signed
  | 'foreign-key' // signed, but by a key this reader was not paired with
  | 'older' // older than the copy this PC already has
  | 'editable' // this PC's workbook is an editable original, which a reader never overwrites
  | 'invalid-content' // signature fine, but the workbook inside cannot be read by this app
  | 'newer-schema'; // from a newer app version

export class CopyRefusedError extends Error {
  constructor(readonly code: CopyRefusal) {
    super(`published copy refused: ${code}`);
    this.name = 'CopyRefusedError';
  }
}

const encoder = new TextEncoder();

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface Signer {
  privateKey: CryptoKey;
  publicKey: string;
  fingerprint: string;
}

/** Wrap a verified .bcpbak into a signed copy. */
export async function encodePublishedCopy(payload: Uint8Array<ArrayBuffer>, info: { asOf: string; facilityName: string }, signer: Signer): Promise<Uint8Array<ArrayBuffer>> {
  const statement: Statement = {
    format: PUBLISHED_COPY_FORMAT,
    version: 1,
    publicKey: signer.publicKey,
    keyFingerprint: signer.fingerprint,
    asOf: info.asOf,
    facilityName: info.facilityName.slice(0, 200),
    payloadSha256: hex(await sha256Bytes(payload)),
    payloadBytes: payload.length,
  };
  const signature = new Uint8Array(await crypto.subtle.sign(SIGNATURE_PARAMS, signer.privateKey, encoder.encode(canonicalJson(statement))));
  const header = encoder.encode(JSON.stringify({ ...statement, signature: toBase64(signature) }));
  const file = new Uint8Array(PREFIX_BYTES + header.length + payload.length);
  file.set(PUBLISHED_COPY_MAGIC, 0);
  new DataView(file.buffer).setUint32(8, header.length);
  file.set(header, PREFIX_BYTES);
  file.set(payload, PREFIX_BYTES + header.length);
  return file;
}

/** The header alone, unverified: what a reader shows while pairing (whose key, which 時点). Throws CopyRefusedError. */
export function readHeader(bytes: Uint8Array): { header: PublishedCopyHeader; payloadOffset: number } {
  const prefix = Math.min(bytes.length, PUBLISHED_COPY_MAGIC.length);
  for (let i = 0; i < prefix; i++) if (bytes[i] !== PUBLISHED_COPY_MAGIC[i]) throw new CopyRefusedError('foreign');
  if (bytes.length === 0) throw new CopyRefusedError('foreign');
  if (bytes.length < PREFIX_BYTES) throw new CopyRefusedError('truncated');
  const headerBytes = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8);
  if (headerBytes > MAX_HEADER_BYTES) throw new CopyRefusedError('tampered');
  if (bytes.length < PREFIX_BYTES + headerBytes) throw new CopyRefusedError('truncated');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerBytes)));
  } catch {
    throw new CopyRefusedError('tampered');
  }
  const parsed = publishedCopyHeaderSchema.safeParse(json);
  if (!parsed.success) throw new CopyRefusedError('tampered');
  return { header: parsed.data, payloadOffset: PREFIX_BYTES + headerBytes };
}

export interface TrustedKey {
  publicKey: string;
  fingerprint: string;
}

/**
 * Check a copy against the paired key: signature over the header, then the length and hash of the .bcpbak it
 * names. Returns the header and the .bcpbak bytes; nothing is returned unless every check passed.
 */
export async function verifyPublishedCopy(bytes: Uint8Array, trusted: TrustedKey): Promise<{ header: PublishedCopyHeader; payload: Uint8Array<ArrayBuffer> }> {
  const { header, payloadOffset } = readHeader(bytes);
  if (header.keyFingerprint !== trusted.fingerprint || header.publicKey !== trusted.publicKey) {
    // A header that claims the paired fingerprint with another key is a forgery, not merely someone else's copy.
    throw new CopyRefusedError(header.keyFingerprint === trusted.fingerprint || (await fingerprintOf(header.publicKey)) === trusted.fingerprint ? 'tampered' : 'foreign-key');
  }
  const { signature, ...statement } = header;
  let valid: boolean;
  try {
    valid = await crypto.subtle.verify(SIGNATURE_PARAMS, await importPublicKey(trusted.publicKey), fromBase64(signature), encoder.encode(canonicalJson(statement)));
  } catch {
    valid = false;
  }
  if (!valid) throw new CopyRefusedError('tampered');
  const payloadLength = bytes.length - payloadOffset;
  if (payloadLength < header.payloadBytes) throw new CopyRefusedError('truncated');
  if (payloadLength > header.payloadBytes) throw new CopyRefusedError('tampered');
  const payload = new Uint8Array(bytes.subarray(payloadOffset));
  if (hex(await sha256Bytes(payload)) !== header.payloadSha256) throw new CopyRefusedError('tampered');
  return { header, payload };
}

/** A copy is taken only when it is newer than the one held; the same 時点 again is nothing to do. */
export function compareAsOf(held: string | undefined, incoming: string): 'newer' | 'same' | 'older' {
  if (!held) return 'newer';
  const [a, b] = [Date.parse(held), Date.parse(incoming)];
  return b > a ? 'newer' : b === a ? 'same' : 'older';
}
