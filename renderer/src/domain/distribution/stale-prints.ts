import type { PrintedCopy } from './printed-copy';

/**
 * Which printed copies are out of date, and by what. A reprint at the same place of the same document and edition
 * replaces the copy before it, so only the newest one per place is judged.
 */

/** One audit-trail change: enough to count changed records per table. */
export interface RecordChange {
  at: string;
  table: string;
  recordId: string;
}

export interface TableChanges {
  table: string;
  /** Records of the table changed (created, edited or deleted) since the copy was printed. */
  records: number;
}

export interface StalePrint {
  copy: PrintedCopy;
  changes: readonly TableChanges[];
}

/** Tables whose changes do not make paper out of date: the register itself, and the workbook's own machinery. */
export const NOT_ON_PAPER: ReadonlySet<string> = new Set(['printedCopies', 'settings', 'auditLog', 'workbook']);

function placeKey(copy: PrintedCopy): string {
  return [copy.document, copy.edition, copy.department, copy.place.trim()].join('\u0000');
}

/** The copies still kept: the newest print per place, document and edition (ties: the later record). */
export function currentCopies(copies: readonly PrintedCopy[]): PrintedCopy[] {
  const newest = new Map<string, PrintedCopy>();
  for (const copy of copies) {
    const key = placeKey(copy);
    const seen = newest.get(key);
    if (!seen || copy.printedAt > seen.printedAt || (copy.printedAt === seen.printedAt && copy.createdAt > seen.createdAt)) newest.set(key, copy);
  }
  return [...newest.values()].sort((a, b) => a.printedAt.localeCompare(b.printedAt));
}

/** Distinct records changed per table after `since`, largest first (ISO instants compare as text). */
export function changesSince(since: string, changes: readonly RecordChange[]): TableChanges[] {
  const byTable = new Map<string, Set<string>>();
  for (const change of changes) {
    if (change.at <= since || NOT_ON_PAPER.has(change.table)) continue;
    let ids = byTable.get(change.table);
    if (!ids) byTable.set(change.table, (ids = new Set()));
    ids.add(change.recordId);
  }
  return [...byTable.entries()].map(([table, ids]) => ({ table, records: ids.size })).sort((a, b) => b.records - a.records || a.table.localeCompare(b.table));
}

/**
 * From when a copy's paper is judged. A sample copy stands for the sample as it was loaded: loading the sample writes
 * every sample record, and those writes must not say that the sample's own binder needs reprinting.
 */
function judgedFrom(copy: PrintedCopy): string {
  return copy.demo === true && copy.createdAt > copy.printedAt ? copy.createdAt : copy.printedAt;
}

/**
 * The kept copies the workbook has changed since, each with its changes. `changes` need only hold the trail after the
 * oldest kept copy's print time (the caller reads that much).
 */
export function stalePrints(copies: readonly PrintedCopy[], changes: readonly RecordChange[]): StalePrint[] {
  return currentCopies(copies)
    .map((copy) => ({ copy, changes: changesSince(judgedFrom(copy), changes) }))
    .filter((stale) => stale.changes.length > 0);
}

/** The earliest print time among the kept copies: how far back the audit trail must be read; undefined when none. */
export function oldestKeptPrint(copies: readonly PrintedCopy[]): string | undefined {
  return currentCopies(copies)[0]?.printedAt;
}
