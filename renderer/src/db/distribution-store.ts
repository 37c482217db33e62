import { Dexie, type EntityTable } from 'dexie';
import { fileSha256Hex, BackupFileError } from '../domain/workbook-backup/backup-file';
import type { PrintedCopy, PrintedCopyFields } from '../domain/distribution/printed-copy';
import { oldestKeptPrint, stalePrints, type StalePrint } from '../domain/distribution/stale-prints';
import { compareAsOf, CopyRefusedError, encodePublishedCopy, verifyPublishedCopy, type Signer, type TrustedKey } from '../domain/distribution/published-copy';
import { createSigningKey, exportPublicKey, fingerprintOf } from '../domain/distribution/signing-key';
import type { PublishStatus, ReaderStatus } from '../domain/distribution/distribution-settings';
import type { BcpDatabase } from './database';
import './distribution-records';
import { Repository, type WriteContext } from './repository';
import { readSettings } from './settings';
import { exportAndVerifyWorkbook, readBackupFile, restoreWorkbook } from './workbook-backup';

/* ---------- the printed-copy register ---------- */

export function savePrintedCopy(db: BcpDatabase, fields: PrintedCopyFields & { id?: string }, context: WriteContext): Promise<PrintedCopy> {
  return new Repository(db, 'printedCopies').save(fields, context);
}

/** The kept copies the workbook changed since, with distinct records changed per table (audit trail since the oldest print). */
export async function readStalePrints(db: BcpDatabase): Promise<StalePrint[]> {
  return db.transaction('r', [db.printedCopies, db.auditLog], async () => {
    const copies = await db.printedCopies.toArray();
    const since = oldestKeptPrint(copies);
    if (!since) return [];
    const rows = await db.auditLog.where('at').above(since).toArray();
    return stalePrints(copies, rows.map((r) => ({ at: r.at, table: r.table, recordId: r.recordId })));
  });
}

/* ---------- the editing PC's signing key ---------- */

interface StoredKey {
  id: 'publisher';
  /** Non-extractable: IndexedDB keeps the CryptoKey object itself, and no code can read its bytes. */
  privateKey: CryptoKey;
  publicKey: string;
  fingerprint: string;
  createdAt: string;
}

type KeyDatabase = Dexie & { keys: EntityTable<StoredKey, 'id'> };

/**
 * Its own small database beside the workbook's: the key belongs to this PC, so it is in no backup, no published copy
 * and no restore, and a copy taken from another PC can never bring a key with it.
 */
function keyDatabase(db: BcpDatabase): KeyDatabase {
  const keys = new Dexie(`${db.name}-signing-key`) as KeyDatabase;
  keys.version(1).stores({ keys: 'id' });
  return keys;
}

export interface PublisherKey {
  publicKey: string;
  fingerprint: string;
  createdAt: string;
}

/** This PC's key as shown in 設定 (public half and fingerprint), or null before the first publication. */
export async function readPublisherKey(db: BcpDatabase): Promise<PublisherKey | null> {
  const keys = keyDatabase(db);
  try {
    const stored = await keys.keys.get('publisher');
    return stored ? { publicKey: stored.publicKey, fingerprint: stored.fingerprint, createdAt: stored.createdAt } : null;
  } finally {
    keys.close();
  }
}

/** The key, created on first use; two windows creating at once keep whichever was stored first. */
export async function publisherSigner(db: BcpDatabase, now: Date = new Date()): Promise<Signer> {
  const keys = keyDatabase(db);
  try {
    const existing = await keys.keys.get('publisher');
    if (existing) return existing;
    const pair = await createSigningKey();
    const publicKey = await exportPublicKey(pair.publicKey);
    const created: StoredKey = { id: 'publisher', privateKey: pair.privateKey, publicKey, fingerprint: await fingerprintOf(publicKey), createdAt: now.toISOString() };
    return await keys.transaction('rw', keys.keys, async () => {
      const raced = await keys.keys.get('publisher');
      if (raced) return raced;
      await keys.keys.add(created);
      return created;
    });
  } finally {
    keys.close();
  }
}

/* ---------- publishing and taking copies ---------- */

export interface BuiltCopy {
  bytes: Uint8Array<ArrayBuffer>;
  sha256: string;
  asOf: string;
}

/**
 * Snapshot the workbook as a verified .bcpbak, sign it, and check the signed file as a reader would before any folder
 * sees it. What the benchmark times as "publish".
 */
export async function buildPublishedCopy(db: BcpDatabase, options: { appVersion: string; now?: Date }): Promise<BuiltCopy> {
  const signer = await publisherSigner(db);
  const exported = await exportAndVerifyWorkbook(db, { appVersion: options.appVersion, purpose: 'manual', now: options.now });
  const asOf = exported.manifest.createdAt;
  const bytes = await encodePublishedCopy(exported.bytes, { asOf, facilityName: exported.manifest.facilityName }, signer);
  await verifyPublishedCopy(bytes, signer);
  return { bytes, sha256: await fileSha256Hex(bytes), asOf };
}

/** The workbook inside a verified copy, checked as a restore would; refusals keep their own codes. */
export async function openVerifiedCopy(bytes: Uint8Array, trusted: TrustedKey) {
  const { header, payload } = await verifyPublishedCopy(bytes, trusted);
  let content;
  try {
    content = await readBackupFile(payload);
  } catch (error) {
    throw new CopyRefusedError(error instanceof BackupFileError && error.code === 'newer-schema' ? 'newer-schema' : 'invalid-content');
  }
  // The 時点 signed in the header is the one inside, or the header was lifted from another copy.
  if (content.manifest.createdAt !== header.asOf) throw new CopyRefusedError('tampered');
  return { header, content };
}

export type TakeOutcome = { taken: true; asOf: string } | { taken: false; reason: 'same' };

/**
 * Take a copy from the paired folder: verify everything first, refuse an older one, then replace the workbook in one
 * transaction. A reader never overwrites an editable workbook: unless this is the pairing itself (a person confirmed
 * turning this PC into a reader), the workbook must already be a 配布用コピー. Throws CopyRefusedError with the
 * current workbook untouched.
 */
export async function takePublishedCopy(
  db: BcpDatabase,
  bytes: Uint8Array,
  trusted: TrustedKey,
  context: { actor: string; pairing?: boolean; now?: Date },
): Promise<TakeOutcome> {
  const settings = await readSettings(db);
  if (!settings.distributedCopy && !context.pairing) throw new CopyRefusedError('editable');
  const { header, content } = await openVerifiedCopy(bytes, trusted);
  const age = compareAsOf(settings.distributedCopy?.asOf, header.asOf);
  if (age === 'older') throw new CopyRefusedError('older');
  if (age === 'same') return { taken: false, reason: 'same' };
  await restoreWorkbook(db, content, { actor: context.actor, mode: { kind: 'distributed-copy', importedAt: context.now ?? new Date() } });
  return { taken: true, asOf: header.asOf };
}

/** The reader's last look and the publisher's last writes: this PC's machine state, written without audit rows. */
export async function recordReaderStatus(db: BcpDatabase, status: ReaderStatus): Promise<void> {
  await db.settings.put({ key: 'readerStatus', value: status });
}

export async function recordPublishStatus(db: BcpDatabase, folder: string, status: PublishStatus[string]): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = (await readSettings(db)).publishStatus;
    await db.settings.put({ key: 'publishStatus', value: { ...current, [folder]: status } });
  });
}
