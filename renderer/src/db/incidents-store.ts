import type { Incident } from '../domain/incidents/incident';
import type { TimelineEntry } from '../domain/incidents/timeline';
import type { Draft } from '../domain/record';
import type { BcpDatabase } from './database';
import { Repository, writeTransaction, type WriteContext } from './repository';

/**
 * The incident writes other areas use: declare one (a drill starts as an exercise incident), write a line on its
 * timeline from inside the caller's transaction, and find the active one. Incident mode builds on these.
 */

export async function declareIncident(db: BcpDatabase, draft: Draft<Incident>, context: WriteContext): Promise<Incident> {
  return writeTransaction(db, [db.incidents, db.incidentEvents], async () => {
    const incident = await new Repository(db, 'incidents').save(draft, context);
    await appendTimelineEntry(db, { incidentId: incident.id, at: incident.declaredAt, who: context.actor, what: '宣言', source: { area: 'incidents', recordId: incident.id } }, context);
    return incident;
  });
}

/**
 * Add one line to an incident's 経過記録. Call it inside the transaction of the change it records (with
 * db.incidentEvents among its tables), so the change and its line land together or not at all.
 */
export async function appendTimelineEntry(db: BcpDatabase, entry: Draft<TimelineEntry>, context: WriteContext): Promise<TimelineEntry> {
  return writeTransaction(db, [db.incidentEvents], () => new Repository(db, 'incidentEvents').save(entry, context));
}

/** Incidents and exercises, newest discovery first. */
export async function listIncidents(db: BcpDatabase): Promise<Incident[]> {
  const all = await db.incidents.toArray();
  return all.sort((a, b) => b.discoveredAt.localeCompare(a.discoveredAt));
}

/** The incident shown on top: the newest still active, real incidents before exercises. */
export async function activeIncident(db: BcpDatabase): Promise<Incident | undefined> {
  const active = (await listIncidents(db)).filter((i) => i.status === 'active');
  return active.find((i) => !i.exercise) ?? active[0];
}
