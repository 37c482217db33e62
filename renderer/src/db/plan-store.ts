import type { Approval } from '../domain/plan/approval';
import { emergencyLevelSchema } from '../domain/plan/emergency-level';
import { approveVersion, isEditable, nextDraftFrom, planDraftSchema, planState, PlanVersionError, type PlanDraft, type PlanVersion } from '../domain/plan/plan-version';
import type { BcpDatabase } from './database';
import { StorageError } from './errors';
import { Repository, writeTransaction, type WriteContext } from './repository';

/**
 * Writes of the plan (計画・承認) that touch more than one record: a version's life from draft to approved to superseded,
 * and the facility's list of emergency levels. Each function is one transaction with its audit rows.
 */

function unwrapPlanError(error: unknown): never {
  if (error instanceof StorageError && error.cause instanceof PlanVersionError) throw error.cause;
  throw error;
}

export async function readPlanVersions(db: BcpDatabase): Promise<PlanVersion[]> {
  return planState(await db.planVersions.toArray()).history;
}

/** The approved version in force, if any: what printed procedures, runbooks and call trees name. */
export async function planVersionInForce(db: BcpDatabase): Promise<PlanVersion | undefined> {
  return planState(await db.planVersions.toArray()).inForce;
}

/**
 * Save the plan's text. It is written to the draft; with no draft, editing the approved plan starts the next draft
 * from it (the approved version itself never changes). A superseded or approved version given as `id` is refused.
 */
export async function savePlanDraft(db: BcpDatabase, draft: PlanDraft & { id?: string }, context: WriteContext): Promise<PlanVersion> {
  const fields = planDraftSchema.parse(draft);
  const repository = new Repository(db, 'planVersions');
  return writeTransaction(db, [db.planVersions], async () => {
    const versions = await db.planVersions.toArray();
    const target = draft.id ? versions.find((v) => v.id === draft.id) : planState(versions).draft;
    if (target && !isEditable(target)) throw new PlanVersionError(target.status === 'superseded' ? 'superseded' : 'notDraft');
    if (target) return repository.save({ ...target, ...fields }, context);
    if (versions.some((v) => v.status === 'draft')) throw new PlanVersionError('draftExists');
    return repository.save({ status: 'draft', supersededOn: '', ...fields }, context);
  }).catch(unwrapPlanError);
}

/** Start the next draft from the version in force (its text copied), or return the draft already being written. */
export async function startNextDraft(db: BcpDatabase, context: WriteContext): Promise<PlanVersion> {
  const repository = new Repository(db, 'planVersions');
  return writeTransaction(db, [db.planVersions], async () => {
    const { inForce, draft } = planState(await db.planVersions.toArray());
    if (draft) return draft;
    if (!inForce) throw new PlanVersionError('notDraft');
    return repository.save(nextDraftFrom(inForce), context);
  }).catch(unwrapPlanError);
}

/** Approve the draft: it comes into force and the version in force until now is superseded, together. */
export async function approvePlanVersion(db: BcpDatabase, draftId: string, approval: Approval, today: string, context: WriteContext): Promise<PlanVersion[]> {
  const repository = new Repository(db, 'planVersions');
  return writeTransaction(db, [db.planVersions], async () => {
    const changed = approveVersion(await db.planVersions.toArray(), draftId, approval, today);
    return repository.saveMany(changed, context);
  }).catch(unwrapPlanError);
}

/**
 * Replace the facility's emergency levels with `levels` (in order). Kept ids keep their meaning for procedures and
 * incidents; a level removed while a procedure still uses it is refused by the caller (levelsInUse).
 */
export async function saveEmergencyLevels(db: BcpDatabase, levels: readonly { id?: string; name: string; criteria: string }[], context: WriteContext): Promise<void> {
  const repository = new Repository(db, 'emergencyLevels');
  const parsed = levels.map((l, rank) => ({ ...emergencyLevelSchema.parse({ ...l, rank }), ...(l.id ? { id: l.id } : {}) }));
  await writeTransaction(db, [db.emergencyLevels], async () => {
    const keep = new Set(parsed.flatMap((l) => (l.id ? [l.id] : [])));
    const gone = (await db.emergencyLevels.toArray()).filter((l) => !keep.has(l.id)).map((l) => l.id);
    if (gone.length > 0) await repository.removeMany(gone, context);
    await repository.saveMany(parsed, context);
  });
}

/** Ids of levels procedures and incidents refer to: these cannot be removed from the list. */
export async function levelsInUse(db: BcpDatabase): Promise<ReadonlySet<string>> {
  const [procedures, incidents] = await Promise.all([db.procedures.toArray(), db.incidents.toArray()]);
  return new Set([...procedures.map((p) => p.level), ...incidents.map((i) => i.level)].filter((id): id is string => typeof id === 'string' && id !== ''));
}
