import type { BcpDatabase } from './database';
import { Repository, writeTransaction, type WriteContext } from './repository';
import { withoutContact } from '../domain/contacts/call-tree';
import { importDrafts, type DuplicateChoice, type ImportPlan } from '../domain/contacts/contact-csv';

/** Writes of the contacts area that touch more than one record, each one transaction with its audit rows. */

/** Delete a contact and take it out of every call tree that uses it, in one transaction. */
export async function deleteContact(db: BcpDatabase, contactId: string, context: WriteContext): Promise<void> {
  await writeTransaction(db, [db.contacts, db.callTrees], async () => {
    const trees = await db.callTrees.toArray();
    const changed = trees.flatMap((tree) => {
      const updated = withoutContact(tree, contactId);
      return updated ? [updated] : [];
    });
    if (changed.length > 0) await new Repository(db, 'callTrees').saveMany(changed, context);
    await new Repository(db, 'contacts').remove(contactId, context);
  });
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
