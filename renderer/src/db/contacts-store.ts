import type { BcpDatabase } from './database';
import { deleteReferredRecord, type RecordReference } from './references';
import { Repository, type WriteContext } from './repository';
import { importDrafts, type DuplicateChoice, type ImportPlan } from '../domain/contacts/contact-csv';

/** Writes of the contacts area that touch more than one record, each one transaction with its audit rows. */

/**
 * Delete a contact in one transaction, applying every declared reference to it (call trees move the first fallback up
 * or keep a visible gap; a system naming it as vendor loses its vendor).
 */
export async function deleteContact(db: BcpDatabase, references: readonly RecordReference[], contactId: string, context: WriteContext): Promise<void> {
  await deleteReferredRecord(db, references, 'contacts', contactId, context);
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
