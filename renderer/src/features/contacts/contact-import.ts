import type { BcpDatabase } from '../../db/database';
import { Repository, type WriteContext } from '../../db/repository';
import type { Contact } from '../../domain/contact';
import {
  importDrafts,
  matchHeaders,
  planContactImport,
  readCsvTable,
  type ColumnMapping,
  type DuplicateChoice,
  type FileProblem,
  type ImportPlan,
  type PlanOptions,
} from '../../domain/contact-csv';

/**
 * The CSV import pipeline as plain functions (the import screen drives them step by step; the benchmark times
 * them over 10,000 rows): read + check every row → plan; then, once confirmed, one write.
 */

export type PreparedImport = { ok: true; mapping: ColumnMapping; plan: ImportPlan } | { ok: false; problem: FileProblem };

/** Bytes → checked plan with automatic header matching. Nothing is written. */
export async function prepareContactImport(bytes: Uint8Array, existing: readonly Contact[], options: PlanOptions): Promise<PreparedImport> {
  const read = readCsvTable(bytes);
  if (!read.ok) return read;
  const mapping = matchHeaders(read.table.headers);
  return { ok: true, mapping, plan: await planContactImport(read.table, mapping, existing, options) };
}

/** Write every accepted row in ONE transaction (with its audit rows): all of them or, on failure, none. */
export async function writeContactImport(
  db: BcpDatabase,
  plan: ImportPlan,
  choices: ReadonlyMap<number, DuplicateChoice>,
  context: WriteContext,
): Promise<number> {
  const drafts = importDrafts(plan, choices);
  if (drafts.length === 0) return 0;
  const saved = await new Repository(db, 'contacts').saveMany(drafts, context);
  return saved.length;
}

/** Yield to the browser between chunks so progress is drawn and the window stays responsive. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}
