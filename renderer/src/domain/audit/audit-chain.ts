import type { AuditEntry } from './audit-entry';
import { canonicalJson } from '../../base/canonical-json';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The audit trail is a hash chain: every row stores the hash of the row before it (`prevHash`) and its own
 * `hash` = SHA-256 (hex) of the canonical JSON (canonical-json.ts) of exactly these members:
 *   { v: 1, seq, at, actor, table, recordId, action, label, changedFields, prevHash }
 * The first row's prevHash is GENESIS_HASH. Editing, deleting, inserting or reordering any row breaks the chain at
 * that row (a changed field changes its hash; a removed row leaves the next row's prevHash pointing at nothing;
 * `seq` is hashed so rows cannot be renumbered). This detects accidental or casual tampering: someone able to
 * rewrite the whole database can recompute every hash, which is why backups are kept in other places as well.
 */
export const GENESIS_HASH = '0'.repeat(64);
export const AUDIT_CHAIN_VERSION = 1;

export type ChainedAuditEntry = AuditEntry & { seq: number; prevHash: string; hash: string };

/**
 * Synchronous on purpose (@noble/hashes, audited): the hash of an audit row is computed inside the Dexie transaction
 * of the change it records, and awaiting anything but IndexedDB there (WebCrypto's digest) lets the browser commit
 * the transaction early. Large payloads (backup files) use WebCrypto instead (base/webcrypto.ts).
 */
function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function auditRowHash(row: AuditEntry & { seq: number }, prevHash: string): string {
  return sha256Hex(
    canonicalJson({
      v: AUDIT_CHAIN_VERSION,
      seq: row.seq,
      at: row.at,
      actor: row.actor,
      table: row.table,
      recordId: row.recordId,
      action: row.action,
      label: row.label,
      changedFields: row.changedFields,
      prevHash,
    }),
  );
}

/**
 * Number and hash the rows to append after the trail's last row (or the genesis when the trail is empty). A last row
 * without a hash (a damaged trail) still numbers on from its seq; the chain check reports the damage.
 */
export function chainRows(rows: readonly AuditEntry[], tail: Pick<AuditEntry, 'seq' | 'hash'> | undefined): ChainedAuditEntry[] {
  const after = tail?.seq === undefined ? undefined : tail;
  let seq = after?.seq ?? 0;
  let prevHash = after ? (after.hash ?? '') : GENESIS_HASH;
  return rows.map((row) => {
    seq += 1;
    const { seq: _ignored, prevHash: _p, hash: _h, ...fields } = row;
    const numbered = { ...fields, seq };
    const hash = auditRowHash(numbered, prevHash);
    const chained: ChainedAuditEntry = { ...numbered, prevHash, hash };
    prevHash = hash;
    return chained;
  });
}

export type ChainBreakReason = 'missing-hash' | 'prev-mismatch' | 'hash-mismatch' | 'seq-order';

export interface ChainVerdict {
  ok: boolean;
  checked: number;
  /** The first row where the chain does not hold, and why. */
  breakAt?: { seq: number | undefined; index: number; reason: ChainBreakReason };
}

/**
 * Check rows in seq order. Runs in chunks and yields between them (`pause`), so verifying tens of thousands of
 * rows on the UI thread keeps the screen responsive and can report progress.
 */
export async function verifyAuditChain(
  rows: readonly AuditEntry[],
  options: { chunkSize?: number; onProgress?(checked: number, total: number): void; pause?(): Promise<void> } = {},
): Promise<ChainVerdict> {
  const chunkSize = options.chunkSize ?? 500;
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const end = Math.min(rows.length, start + chunkSize);
    for (let index = start; index < end; index++) {
      const row = rows[index]!;
      const fail = (reason: ChainBreakReason): ChainVerdict => ({ ok: false, checked: index, breakAt: { seq: row.seq, index, reason } });
      if (typeof row.seq !== 'number' || row.seq <= prevSeq) return fail('seq-order');
      if (typeof row.hash !== 'string' || typeof row.prevHash !== 'string') return fail('missing-hash');
      if (row.prevHash !== prevHash) return fail('prev-mismatch');
      if (auditRowHash({ ...row, seq: row.seq }, row.prevHash) !== row.hash) return fail('hash-mismatch');
      prevHash = row.hash;
      prevSeq = row.seq;
    }
    options.onProgress?.(end, rows.length);
    if (end < rows.length) await pause();
  }
  return { ok: true, checked: rows.length };
}
