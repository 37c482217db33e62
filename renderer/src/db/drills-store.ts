import { newId } from '../base/ids';
import { toLocalDateString } from '../base/local-date';
import type { Drill } from '../domain/drills/drill';
import type { IncidentKind } from '../domain/incidents/incident';
import { approvalProblems, type Approval } from '../domain/plan/approval';
import { addFollowUpAction } from './actions-store';
import type { BcpDatabase } from './database';
import { appendTimelineEntry, declareIncident } from './incidents-store';
import { Repository, writeTransaction, type WriteContext } from './repository';

/**
 * The drill's writes that span records: starting it declares its exercise incident, a finding creates its
 * follow-up action, ending it writes the last timeline line. Each is one transaction with its audit rows.
 */

async function stored(db: BcpDatabase, drillId: string): Promise<Drill> {
  const drill = await db.drills.get(drillId);
  if (!drill) throw new Error(`drill ${drillId} is not stored`);
  return drill;
}

function nowOf(context: WriteContext): Date {
  return context.now?.() ?? new Date();
}

/** 「訓練を開始」: declare the exercise incident (drillId set) and mark the drill held today. */
export async function startDrill(db: BcpDatabase, drillId: string, options: { kind: IncidentKind; level: string }, context: WriteContext): Promise<Drill> {
  return writeTransaction(db, [db.drills, db.incidents, db.incidentEvents], async () => {
    const drill = await stored(db, drillId);
    if (drill.incidentId) throw new Error('the drill has already started');
    const now = nowOf(context).toISOString();
    const incident = await declareIncident(
      db,
      { kind: options.kind, exercise: true, drillId, level: options.level, discoveredAt: now, declaredAt: now, foundBy: context.actor, observed: drill.scenario || drill.title, status: 'active' },
      context,
    );
    return new Repository(db, 'drills').save({ ...drill, incidentId: incident.id, heldOn: toLocalDateString(nowOf(context)) }, context);
  });
}

/** A line on the drill's timeline (the exercise incident's 経過記録). */
export async function noteDrillEvent(db: BcpDatabase, drill: Drill, what: string, context: WriteContext): Promise<void> {
  if (!drill.incidentId) throw new Error('the drill has not started');
  await appendTimelineEntry(db, { incidentId: drill.incidentId, at: nowOf(context).toISOString(), who: context.actor, what, source: { area: 'drills', recordId: drill.id } }, context);
}

/** 「訓練を終了」: the drill is held; its end is the last line of its timeline. */
export async function finishDrill(db: BcpDatabase, drillId: string, context: WriteContext): Promise<Drill> {
  return writeTransaction(db, [db.drills, db.incidentEvents], async () => {
    const drill = await stored(db, drillId);
    const saved = await new Repository(db, 'drills').save({ ...drill, finishedAt: nowOf(context).toISOString() }, context);
    if (drill.incidentId) await noteDrillEvent(db, saved, '訓練終了', context);
    return saved;
  });
}

/** A 気づき and the follow-up action it asks for, written together. */
export async function addFinding(db: BcpDatabase, drillId: string, finding: { text: string; ownerContactId: string; dueDate: string }, context: WriteContext): Promise<Drill> {
  return writeTransaction(db, [db.drills, db.actions], async () => {
    const drill = await stored(db, drillId);
    const text = finding.text.trim();
    if (!text) throw new Error('a finding needs its text');
    const action = await addFollowUpAction(
      db,
      {
        title: text.slice(0, 200),
        detail: '',
        ownerContactId: finding.ownerContactId,
        dueDate: finding.dueDate,
        status: 'open',
        statusReason: '',
        source: { area: 'drills', table: 'drills', recordId: drill.id, label: drill.title },
        changes: [],
      },
      context,
    );
    return new Repository(db, 'drills').save({ ...drill, findings: [...drill.findings, { id: newId(), text, actionId: action.id }] }, context);
  });
}

/** Management's approval of the drill report (R4): the same rules as the plan's (an approver, a date not in the future). */
export async function approveDrillReport(db: BcpDatabase, drillId: string, approval: Approval, context: WriteContext): Promise<Drill> {
  const problems = approvalProblems(approval, toLocalDateString(nowOf(context)));
  if (problems.length > 0) throw new Error(`approval refused: ${problems.join(', ')}`);
  return writeTransaction(db, [db.drills], async () => {
    const drill = await stored(db, drillId);
    return new Repository(db, 'drills').save({ ...drill, approval }, context);
  });
}
