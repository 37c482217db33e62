import type { AuditEntry } from '../domain/audit/audit-entry';
import { withStatus } from '../domain/actions/action-rules';
import type { ChangeCheck, FollowUpAction, RecordLink } from '../domain/actions/follow-up-action';
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

/** The audit rows (creations and changes) of one record written since a moment (the action's creation), oldest first. */
export async function auditRowsSince(db: BcpDatabase, table: string, recordId: string, since: string): Promise<AuditEntry[]> {
  // '*' stands for any record of the table (a plan section is named, not picked).
  const rows = recordId === '*' ? await db.auditLog.where('table').equals(table).toArray() : await db.auditLog.where('recordId').equals(recordId).toArray();
  return rows.filter((r) => r.table === table && r.at >= since && (r.action === 'update' || r.action === 'create')).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}

/** For each record an action changes, the audit rows of its changes since the action was created. */
export async function changesSinceCreated(db: BcpDatabase, action: FollowUpAction): Promise<{ link: RecordLink; rows: AuditEntry[] }[]> {
  return Promise.all(action.changes.map(async (link) => ({ link, rows: await auditRowsSince(db, link.table, link.recordId, action.createdAt) })));
}

/**
 * Complete an action. When it names records it changes, the person answers whether they were updated; the audit rows
 * of their changes since the action was created are linked on the action, read and written in one transaction.
 */
export async function completeAction(db: BcpDatabase, actionId: string, answer: { updated: boolean }, context: WriteContext): Promise<FollowUpAction> {
  return writeTransaction(db, [db.actions], async () => {
    const action = await db.actions.get(actionId);
    if (!action) throw new Error(`action ${actionId} is not stored`);
    const found = await changesSinceCreated(db, action);
    const changeChecks: ChangeCheck[] = found.map(({ link, rows }) => ({
      table: link.table,
      recordId: link.recordId,
      label: link.label,
      updated: answer.updated && rows.length > 0,
      auditSeqs: answer.updated ? rows.flatMap((r) => (r.seq === undefined ? [] : [r.seq])) : [],
    }));
    const done = withStatus(action, 'done', context.now?.() ?? new Date());
    return new Repository(db, 'actions').save({ ...done, ...(changeChecks.length > 0 ? { changeChecks } : {}) }, context);
  });
}
