import type { Contact } from '../../domain/contacts/contact';
import {
  matchHeaders,
  planContactImport,
  readCsvTable,
  type ColumnMapping,
  type FileProblem,
  type ImportPlan,
  type PlanOptions,
} from '../../domain/contacts/contact-csv';

/**
 * The CSV import pipeline as plain functions (the import screen drives them step by step; the benchmark times
 * them over 10,000 rows): read + check every row → plan; then, once confirmed, one write (db/contacts-store.ts).
 */

export type PreparedImport = { ok: true; mapping: ColumnMapping; plan: ImportPlan } | { ok: false; problem: FileProblem };

/** Bytes → checked plan with automatic header matching. Nothing is written. */
export async function prepareContactImport(bytes: Uint8Array, existing: readonly Contact[], options: PlanOptions): Promise<PreparedImport> {
  const read = readCsvTable(bytes);
  if (!read.ok) return read;
  const mapping = matchHeaders(read.table.headers);
  return { ok: true, mapping, plan: await planContactImport(read.table, mapping, existing, options) };
}

/** Yield to the browser between chunks so progress is drawn and the window stays responsive. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}
