import type { AfterActionReview } from '../domain/incidents/closing';
import { INCIDENT_KIND_JA, type Incident } from '../domain/incidents/incident';
import type { RunbookRun } from '../domain/systems/runbook-run';
import { addFollowUpAction } from './actions-store';
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

/** A line the change writes on the timeline, in the same transaction. */
export interface TimelineLineDraft {
  what: string;
  /** When it happened; the change's own time when absent. */
  at?: string;
  recordId?: string;
}

/**
 * Apply one change to the incident as it is stored now (a step done, a status changed, a report marked) and write its
 * timeline lines, in one transaction: two tabs changing different things never overwrite each other, and a change
 * never lands without its line.
 */
export async function changeIncident(
  db: BcpDatabase,
  incidentId: string,
  change: (incident: Incident) => Incident,
  lines: readonly TimelineLineDraft[],
  context: WriteContext,
): Promise<Incident> {
  return writeTransaction(db, [db.incidents, db.incidentEvents], async () => {
    const stored = await db.incidents.get(incidentId);
    if (!stored) throw new Error(`incident ${incidentId} not found`);
    const saved = await new Repository(db, 'incidents').save(change(stored), context);
    const now = (context.now?.() ?? new Date()).toISOString();
    for (const line of lines) {
      await appendTimelineEntry(db, { incidentId, at: line.at ?? now, who: context.actor, what: line.what, source: { area: 'incidents', recordId: line.recordId ?? incidentId } }, context);
    }
    return saved;
  });
}

/** Every line of an incident's 経過記録 (for the screen, the record PDF and the situation report). */
export function timelineOf(db: BcpDatabase, incidentId: string): Promise<TimelineEntry[]> {
  return db.incidentEvents.where('incidentId').equals(incidentId).sortBy('at');
}

/**
 * Start a runbook run from the incident's status board: the run belongs to the incident, and the incident's timeline
 * says so, in one transaction.
 */
export async function startIncidentRun(db: BcpDatabase, incidentId: string, run: Draft<RunbookRun>, context: WriteContext): Promise<RunbookRun> {
  return writeTransaction(db, [db.runbookRuns, db.incidentEvents], async () => {
    const saved = await new Repository(db, 'runbookRuns').save({ ...run, incidentId }, context);
    await appendTimelineEntry(db, { incidentId, at: saved.startedAt, who: context.actor, what: `復旧手順を開始：${saved.title}`, source: { area: 'incidents', recordId: saved.id } }, context);
    return saved;
  });
}

/**
 * Close the incident with its after-action review, turning each lesson into a follow-up action (対応事項) that names
 * the incident as its source: one transaction, so a closed incident never lacks its actions. The closing checks run
 * before (features/incidents), since other areas' checks read their own tables.
 */
export async function closeIncident(db: BcpDatabase, incidentId: string, review: AfterActionReview, closedAt: string, context: WriteContext): Promise<Incident> {
  return writeTransaction(db, [db.incidents, db.incidentEvents, db.actions], async () => {
    const stored = await db.incidents.get(incidentId);
    if (!stored) throw new Error(`incident ${incidentId} not found`);
    if (stored.status === 'closed') return stored;
    const label = `${stored.exercise ? '訓練 ' : ''}${INCIDENT_KIND_JA[stored.kind]} ${stored.discoveredAt.slice(0, 10)}`;
    for (const lesson of review.lessons) {
      await addFollowUpAction(db, { title: lesson, detail: '', ownerContactId: '', dueDate: '', status: 'open', statusReason: '', changes: [], source: { area: 'incidents', table: 'incidents', recordId: incidentId, label } }, context);
    }
    const saved = await new Repository(db, 'incidents').save({ ...stored, review, status: 'closed', closedAt }, context);
    await appendTimelineEntry(db, { incidentId, at: closedAt, who: context.actor, what: `終結（教訓 ${review.lessons.length} 件を対応事項に登録）`, source: { area: 'incidents', recordId: incidentId } }, context);
    return saved;
  });
}
