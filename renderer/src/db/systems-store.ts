import type { RunbookRun } from '../domain/systems/runbook-run';
import type { BcpDatabase } from './database';
import { deleteReferredRecord, type RecordReference } from './references';
import { Repository, writeTransaction, type WriteContext } from './repository';

/**
 * Writes of the systems area that touch more than one record. Each is one transaction: the repositories used inside
 * join the outer transaction, so a change and all its audit rows land together or not at all.
 */

/**
 * Remove a system with its backups and runbooks, applying every declared reference to it (other runbooks' prerequisites,
 * contacts' 担当システム), in one transaction. Runs are kept: they are the record of what was done.
 */
export async function removeSystem(db: BcpDatabase, references: readonly RecordReference[], systemId: string, context: WriteContext): Promise<void> {
  await deleteReferredRecord(db, references, 'systems', systemId, context, {
    tables: [db.backups, db.runbooks],
    async cascade() {
      const backups = await db.backups.where('systemId').equals(systemId).primaryKeys();
      const own = await db.runbooks.where('systemId').equals(systemId).primaryKeys();
      await new Repository(db, 'backups').removeMany(backups, context);
      await new Repository(db, 'runbooks').removeMany(own, context);
    },
  });
}

/**
 * Apply one change (a check-off, a pause, a note) to the run as it is stored now, in one transaction: two PCs or tabs
 * checking different steps never overwrite each other's check.
 */
export async function changeRun(db: BcpDatabase, runId: string, change: (run: RunbookRun) => RunbookRun, context: WriteContext): Promise<RunbookRun> {
  return writeTransaction(db, [db.runbookRuns], async () => {
    const run = await db.runbookRuns.get(runId);
    if (!run) throw new Error(`run ${runId} not found`);
    return new Repository(db, 'runbookRuns').save(change(run), context);
  });
}
