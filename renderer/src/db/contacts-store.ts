import type { BcpDatabase } from './database';
import { deleteReferredRecord, type RecordReference } from './references';
import { Repository, writeTransaction, type WriteContext } from './repository';
import { importDrafts, type DuplicateChoice, type ImportPlan } from '../domain/contacts/contact-csv';
import { withNumbersRechecked } from '../domain/contacts/contact';

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

/**
 * Check every stored number again by today's numbering rules (withNumbersRechecked), once at start: a workbook or a
 * restored backup from an older version then shows a number the rules now refuse as 要確認 instead of hiding it, and
 * its form asks for it to be corrected. One transaction with its audit rows; writes nothing when nothing changes.
 */
export async function recheckStoredNumbers(db: BcpDatabase, context: WriteContext): Promise<number> {
  return writeTransaction(db, [db.contacts], async () => {
    const changed = (await db.contacts.toArray()).flatMap((contact) => withNumbersRechecked(contact) ?? []);
    if (changed.length > 0) await new Repository(db, 'contacts').saveMany(changed, context);
    return changed.length;
  });
}
