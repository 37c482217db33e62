import { z } from 'zod';
import { deriveAesKey, MAX_PBKDF2_ITERATIONS, PBKDF2_ITERATIONS, randomBytes, sha256Bytes, equalBytes } from '../../base/webcrypto';

/**
 * The .bcpbak container: a whole workbook in one file, verifiable byte for byte.
 *
 *   offset  size  field
 *        0     8  magic "BCPBAK\r\n" (the CR LF also catches text-mode transfers that rewrite line ends)
 *        8     2  container version, big-endian (CONTAINER_VERSION)
 *       10     1  flags: bit 0 = encrypted; other bits must be 0
 *       11     1  reserved, 0
 *       12     4  PBKDF2-SHA-256 iterations (0 when not encrypted)
 *       16    16  salt (zeros when not encrypted)
 *       32    12  AES-GCM IV (zeros when not encrypted)
 *       44     4  body length N, big-endian
 *       48     N  body: UTF-8 JSON {format, manifest, tables}; when encrypted, AES-256-GCM ciphertext + 16-byte tag
 *     48+N    32  SHA-256 of bytes [0, 48+N)
 *
 * The file must be exactly 80+N bytes: shorter is "truncated", longer "corrupt". The trailing SHA-256 covers the
 * header and the body, so any changed, missing or added byte is detected before anything is parsed. SHA-256 is a
 * checksum, not a signature: someone who edits a plain file on purpose can recompute it; an encrypted file is
 * additionally authenticated by the GCM tag (a changed ciphertext with a recomputed checksum fails to decrypt).
 *
 * Who does what: the renderer (which has the data) builds and fully verifies files here; the main process only
 * writes the bytes, reads them back and compares the SHA-256 of the whole file with the one the renderer sent.
 */
export const BACKUP_MAGIC = new Uint8Array([0x42, 0x43, 0x50, 0x42, 0x41, 0x4b, 0x0d, 0x0a]);
export const CONTAINER_VERSION = 1;
export const BACKUP_FORMAT = 'bcp-workbook-backup';
export const BACKUP_EXTENSION = '.bcpbak';
const HEADER_BYTES = 48;
const TRAILER_BYTES = 32;
const FLAG_ENCRYPTED = 1;

export type BackupPurpose = 'manual' | 'automatic' | 'pre-restore';

export const backupManifestSchema = z.object({
  app: z.literal('BCP Workbook'),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().min(1),
  facilityName: z.string().max(200),
  createdAt: z.iso.datetime(),
  purpose: z.enum(['manual', 'automatic', 'pre-restore']),
  /** Rows per table, checked against the tables on reading. */
  counts: z.record(z.string(), z.number().int().min(0)),
});
export type BackupManifest = z.output<typeof backupManifestSchema>;

/** Rows are stored as they are in the database; each table's own rules apply when the app reads them. */
const bodySchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  manifest: backupManifestSchema,
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

export interface BackupContent {
  manifest: BackupManifest;
  tables: Record<string, Record<string, unknown>[]>;
}

/** Why a file was refused; each is its own Japanese message (i18n workbookBackup.fileError.<code>). */
export type BackupFileErrorCode =
  | 'foreign' // not a workbook backup at all
  | 'truncated' // cut short (copy interrupted, USB pulled)
  | 'corrupt' // a byte changed or was added: the checksum does not match
  | 'unsupported-container' // written by a newer app with a newer container format
  | 'passphrase-required'
  | 'wrong-passphrase'
  | 'invalid-content' // checksum fine but the content is not a consistent workbook
  | 'newer-schema' // a workbook from a newer app version than this one
  | 'unknown-table'; // a table this app does not know

export class BackupFileError extends Error {
  constructor(readonly code: BackupFileErrorCode) {
    super(`backup file refused: ${code}`);
    this.name = 'BackupFileError';
  }
}

export interface EncodeOptions {
  /** Encrypt with AES-256-GCM under a key derived from this passphrase. */
  passphrase?: string;
}

const encoder = new TextEncoder();

export async function encodeBackup(content: BackupContent, options: EncodeOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const plain = encoder.encode(JSON.stringify({ format: BACKUP_FORMAT, manifest: content.manifest, tables: content.tables }));
  const encrypted = options.passphrase !== undefined && options.passphrase !== '';
  const salt = encrypted ? randomBytes(16) : new Uint8Array(16);
  const iv = encrypted ? randomBytes(12) : new Uint8Array(12);
  const body = encrypted
    ? new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await deriveAesKey(options.passphrase!, salt, PBKDF2_ITERATIONS), plain))
    : plain;
  const file = new Uint8Array(HEADER_BYTES + body.length + TRAILER_BYTES);
  const view = new DataView(file.buffer);
  file.set(BACKUP_MAGIC, 0);
  view.setUint16(8, CONTAINER_VERSION);
  file[10] = encrypted ? FLAG_ENCRYPTED : 0;
  view.setUint32(12, encrypted ? PBKDF2_ITERATIONS : 0);
  file.set(salt, 16);
  file.set(iv, 32);
  view.setUint32(44, body.length);
  file.set(body, HEADER_BYTES);
  file.set(await sha256Bytes(file.subarray(0, HEADER_BYTES + body.length)), HEADER_BYTES + body.length);
  return file;
}

interface Header {
  encrypted: boolean;
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  bodyLength: number;
}

/** Structure and checksum only: no passphrase needed. Throws BackupFileError. */
export async function checkContainer(bytes: Uint8Array): Promise<Header> {
  const prefix = Math.min(bytes.length, BACKUP_MAGIC.length);
  for (let i = 0; i < prefix; i++) if (bytes[i] !== BACKUP_MAGIC[i]) throw new BackupFileError('foreign');
  if (bytes.length < HEADER_BYTES + TRAILER_BYTES) throw new BackupFileError(bytes.length === 0 ? 'foreign' : 'truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(8);
  if (version > CONTAINER_VERSION) throw new BackupFileError('unsupported-container');
  const bodyLength = view.getUint32(44);
  const expected = HEADER_BYTES + bodyLength + TRAILER_BYTES;
  if (bytes.length < expected) throw new BackupFileError('truncated');
  if (bytes.length > expected) throw new BackupFileError('corrupt');
  const copy = new Uint8Array(bytes); // an ArrayBuffer-backed copy WebCrypto accepts whatever the caller passed
  const digest = await sha256Bytes(copy.subarray(0, HEADER_BYTES + bodyLength));
  if (!equalBytes(digest, copy.subarray(HEADER_BYTES + bodyLength))) throw new BackupFileError('corrupt');
  // Past the checksum, an odd header means a file this version does not understand (or a forged checksum).
  const flags = bytes[10]!;
  const iterations = view.getUint32(12);
  const encrypted = flags === FLAG_ENCRYPTED;
  if (version !== CONTAINER_VERSION || (flags & ~FLAG_ENCRYPTED) !== 0 || bytes[11] !== 0) throw new BackupFileError('corrupt');
  if (encrypted ? iterations < PBKDF2_ITERATIONS || iterations > MAX_PBKDF2_ITERATIONS : iterations !== 0) throw new BackupFileError('corrupt');
  return { encrypted, iterations, salt: copy.slice(16, 32), iv: copy.slice(32, 44), bodyLength };
}

/** Whether the file needs a passphrase; throws BackupFileError when the container itself is bad. */
export async function isEncryptedBackup(bytes: Uint8Array): Promise<boolean> {
  return (await checkContainer(bytes)).encrypted;
}

export interface DecodeOptions {
  passphrase?: string;
  /** Tables this app knows; any other table is refused rather than silently dropped. */
  knownTables: readonly string[];
  /** The newest schema this app can open. */
  maxSchemaVersion: number;
}

/** Verify and read a backup completely; nothing is returned unless every check passed. Throws BackupFileError. */
export async function decodeBackup(bytes: Uint8Array, options: DecodeOptions): Promise<BackupContent> {
  const header = await checkContainer(bytes);
  let body: Uint8Array = bytes.subarray(HEADER_BYTES, HEADER_BYTES + header.bodyLength);
  if (header.encrypted) {
    if (!options.passphrase) throw new BackupFileError('passphrase-required');
    const key = await deriveAesKey(options.passphrase, header.salt, header.iterations);
    try {
      body = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: header.iv }, key, new Uint8Array(body)));
    } catch {
      // The checksum already matched, so the ciphertext is intact: the passphrase is wrong.
      throw new BackupFileError('wrong-passphrase');
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    throw new BackupFileError('invalid-content');
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== BACKUP_FORMAT) throw new BackupFileError('foreign');
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) throw new BackupFileError('invalid-content');
  const { manifest, tables } = parsed.data;
  if (manifest.schemaVersion > options.maxSchemaVersion) throw new BackupFileError('newer-schema');
  const known = new Set(options.knownTables);
  for (const table of Object.keys(tables)) if (!known.has(table)) throw new BackupFileError('unknown-table');
  const counted = new Set([...Object.keys(tables), ...Object.keys(manifest.counts)]);
  for (const table of counted) if ((tables[table]?.length ?? 0) !== (manifest.counts[table] ?? 0)) throw new BackupFileError('invalid-content');
  return { manifest, tables };
}

/** Hex SHA-256 of a whole file: what the host compares after reading a written generation back. */
export async function fileSha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await sha256Bytes(new Uint8Array(bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
