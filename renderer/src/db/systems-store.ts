import type { RunbookRun } from '../domain/systems/runbook-run';
import type { BcpDatabase } from './database';
import { Repository, writeTransaction, type WriteContext } from './repository';

/**
 * Writes of the systems area that touch more than one record. Each is one transaction: the repositories used inside
 * join the outer transaction, so a change and all its audit rows land together or not at all.
 */

/**
 * Remove a system with its backups and runbooks, and take it out of other runbooks' prerequisites. Runs are kept:
 * they are the record of what was done.
 */
export async function removeSystem(db: BcpDatabase, systemId: string, context: WriteContext): Promise<void> {
  await writeTransaction(db, [db.systems, db.backups, db.runbooks], async () => {
    const backups = await db.backups.where('systemId').equals(systemId).primaryKeys();
    const runbooks = await db.runbooks.toArray();
    const own = runbooks.filter((r) => r.systemId === systemId).map((r) => r.id);
    const referring = runbooks.filter((r) => r.systemId !== systemId && r.prerequisiteSystemIds.includes(systemId));
    await new Repository(db, 'backups').removeMany(backups, context);
    await new Repository(db, 'runbooks').removeMany(own, context);
    if (referring.length > 0) {
      await new Repository(db, 'runbooks').saveMany(
        referring.map((r) => ({ ...r, prerequisiteSystemIds: r.prerequisiteSystemIds.filter((id) => id !== systemId) })),
        context,
      );
    }
    await new Repository(db, 'systems').remove(systemId, context);
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
