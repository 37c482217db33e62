import { compareEvents, type AccountEvent, type AccountEventFields } from '../domain/accounts/account-event';
import { AccountEventError, checkEvent, currentOpening } from '../domain/accounts/account-state';
import type { EmergencyAccount } from '../domain/accounts/emergency-account';
import { eventDate } from '../domain/accounts/misuse';
import { accountsAwaitingRotation } from '../domain/accounts/rotation';
import { accountLabel, accountTimelineText } from '../domain/accounts/timeline-text';
import './accounts-records';
import type { BcpDatabase } from './database';
import { StorageError } from './errors';
import { appendTimelineEntry } from './incidents-store';
import { deleteReferredRecord, type RecordReference } from './references';
import { Repository, writeTransaction, type WriteContext } from './repository';

/**
 * Writes of the emergency accounts area. An event is one transaction: the ledger line, the account's new seal
 * number (on a change and reseal) and the line on its incident's 経過記録, each with its audit row.
 */

export async function accountEventsOf(db: BcpDatabase, accountId: string): Promise<AccountEvent[]> {
  return (await db.accountEvents.where('accountId').equals(accountId).toArray()).sort(compareEvents);
}

/** The incident an event belongs to: the opening's own, or the one of the opening it follows. */
function incidentOf(event: AccountEventFields, history: readonly AccountEvent[]): string {
  if (event.kind === 'opened') return event.incidentId;
  if (event.kind === 'sealCheck' || event.kind === 'reviewed') return '';
  return currentOpening(history)?.incidentId ?? '';
}

/**
 * Record one event of an account's ledger. Refuses (AccountEventError) an event out of order, and an opening for an
 * incident that does not exist.
 */
export async function recordAccountEvent(db: BcpDatabase, event: AccountEventFields, context: WriteContext): Promise<AccountEvent> {
  try {
    return await writeTransaction(db, [db.emergencyAccounts, db.accountEvents, db.incidents, db.incidentEvents, db.systems], async () => {
      const account = await db.emergencyAccounts.get(event.accountId);
      if (!account) throw new Error(`account ${event.accountId} not found`);
      const history = await accountEventsOf(db, account.id);
      checkEvent(history, event, account.sealNumber, context.now?.() ?? new Date());
      const incidentId = incidentOf(event, history);
      const incident = incidentId ? await db.incidents.get(incidentId) : undefined;
      if (event.kind === 'opened' && incidentId && !incident) throw new Error(`incident ${incidentId} not found`);
      const saved = await new Repository(db, 'accountEvents').save({ ...event, incidentId: event.kind === 'opened' ? event.incidentId : incidentId }, context);
      if (event.kind === 'resealed') {
        await new Repository(db, 'emergencyAccounts').save({ ...account, sealNumber: event.newSealNumber, sealedOn: eventDate(event.at) }, context);
      }
      if (incident) {
        const system = await db.systems.get(account.systemId);
        await appendTimelineEntry(
          db,
          { incidentId: incident.id, at: saved.at, who: saved.who, what: accountTimelineText(saved, accountLabel(account, system?.name)), source: { area: 'accounts', recordId: saved.id } },
          context,
        );
      }
      return saved;
    });
  } catch (error) {
    // writeTransaction reports every failure as a StorageError; a refusal is not one, the screen words it.
    if (error instanceof StorageError && error.cause instanceof AccountEventError) throw error.cause;
    throw error;
  }
}

/** Remove an account that has no ledger lines (references refuse the delete otherwise: retire it instead). */
export async function removeAccount(db: BcpDatabase, references: readonly RecordReference[], accountId: string, context: WriteContext): Promise<void> {
  await deleteReferredRecord(db, references, 'emergencyAccounts', accountId, context);
}

/** The accounts opened during `incidentId` and not yet changed and resealed or retired, named for a message. */
export async function accountsToRotate(db: BcpDatabase, incidentId: string): Promise<string[]> {
  const events = await db.accountEvents.toArray();
  const ids = accountsAwaitingRotation(events, incidentId);
  const accounts = (await db.emergencyAccounts.bulkGet(ids)).filter((a): a is EmergencyAccount => a !== undefined);
  const systems = new Map((await db.systems.bulkGet(accounts.map((a) => a.systemId))).flatMap((s) => (s ? [[s.id, s.name] as const] : [])));
  return accounts.map((a) => accountLabel(a, systems.get(a.systemId))).sort((a, b) => a.localeCompare(b, 'ja'));
}
