import type { BcpDatabase } from '../../db/database';
import { Repository, writeTransaction, type WriteContext } from '../../db/repository';
import { withoutContact } from '../../domain/call-tree';

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
