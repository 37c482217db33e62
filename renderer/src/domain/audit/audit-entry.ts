/** One row of the audit trail: who changed which record of which table, and which fields. */
/** restore / lock / unlock are workbook-level events (restore, edit lock) (recordId names what they concern). */
export type AuditAction = 'create' | 'update' | 'delete' | 'restore' | 'lock' | 'unlock';

export interface AuditEntry {
  seq?: number;
  at: string;
  actor: string;
  table: string;
  recordId: string;
  action: AuditAction;
  /** A human label of the record (its name or title) at the time of the change. */
  label: string;
  /** Top-level fields whose value changed; empty for create and delete. */
  changedFields: string[];
  /** Hash chain (domain/audit/audit-chain.ts), filled in by appendAuditRows: the previous row's hash and this row's. */
  prevHash?: string;
  hash?: string;
}

const META_FIELDS = new Set(['createdAt', 'updatedAt', 'updatedBy']);

/** Which top-level fields differ between two versions of a record (bookkeeping fields ignored). */
export function changedFields(before: object, after: object): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const key of keys) {
    if (META_FIELDS.has(key)) continue;
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) changed.push(key);
  }
  return changed.sort();
}

/** The label shown for a record in the audit trail: its first human-readable name-like field (a backup's is its method). */
export function recordLabel(record: object): string {
  const r = record as Record<string, unknown>;
  for (const key of ['name', 'title', 'method', 'key', 'id']) {
    const value = r[key];
    if (typeof value === 'string' && value) return value.slice(0, 120);
  }
  return '';
}
