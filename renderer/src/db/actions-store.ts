import type { FollowUpAction } from '../domain/actions/follow-up-action';
import type { Draft } from '../domain/record';
import type { BcpDatabase } from './database';
import { Repository, writeTransaction, type WriteContext } from './repository';

/**
 * Create a follow-up action (対応事項) from any area that finds something to do. Joins the caller's transaction when
 * there is one (with db.actions among its tables), so a checklist いいえ and its action are written together.
 */
export async function addFollowUpAction(db: BcpDatabase, draft: Draft<FollowUpAction>, context: WriteContext): Promise<FollowUpAction> {
  return writeTransaction(db, [db.actions], () => new Repository(db, 'actions').save(draft, context));
}

/** Actions that came from one record (e.g. the actions of a drill's findings), oldest first. */
export async function actionsFrom(db: BcpDatabase, table: string, recordId: string): Promise<FollowUpAction[]> {
  const all = await db.actions.toArray();
  return all.filter((a) => a.source?.table === table && a.source.recordId === recordId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
