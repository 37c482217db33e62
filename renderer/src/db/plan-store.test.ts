import { describe, expect, it } from 'vitest';
import { DEFAULT_EMERGENCY_LEVELS, emergencyLevelName } from '../domain/plan/emergency-level';
import { planSectionsSchema, PlanVersionError } from '../domain/plan/plan-version';
import { procedureFixture } from '../domain/testing/paper-fixtures';
import { readEmergencyLevels } from './emergency-levels';
import { approvePlanVersion, planVersionInForce, readPlanVersions, saveEmergencyLevels, savePlanDraft, startNextDraft } from './plan-store';
import { Repository } from './repository';
import { freshDatabase } from './testing';

const context = { actor: 'テスト' };
const approval = { approverContactId: '', approverName: '山田 院長', approverRole: '病院長', approvedOn: '2026-04-01', reference: '' };
const sections = planSectionsSchema.parse({ purpose: '目的' });

describe('plan store', () => {
  it('drafts, approves, starts the next draft and supersedes in one transaction each', async () => {
    const db = await freshDatabase();
    const first = await savePlanDraft(db, { version: '1.0', summary: '初版', sections }, context);
    await approvePlanVersion(db, first.id, approval, '2026-04-02', context);
    const next = await startNextDraft(db, context);
    expect(next).toMatchObject({ version: '1.1', status: 'draft' });
    await savePlanDraft(db, { id: next.id, version: '1.1', summary: '改訂', sections: { ...sections, purpose: '新しい目的' } }, context);
    expect((await planVersionInForce(db))?.sections.purpose).toBe('目的');
    await approvePlanVersion(db, next.id, { ...approval, approvedOn: '2026-10-01' }, '2026-10-01', context);
    expect((await readPlanVersions(db)).map((v) => [v.version, v.status])).toEqual([
      ['1.1', 'approved'],
      ['1.0', 'superseded'],
    ]);
    await expect(savePlanDraft(db, { id: first.id, version: '1.0', summary: '', sections }, context)).rejects.toBeInstanceOf(PlanVersionError);
    const audit = await db.auditLog.where('table').equals('planVersions').count();
    expect(audit).toBe(6);
  });

  it('refuses an approval dated in the future and writes nothing', async () => {
    const db = await freshDatabase();
    const draft = await savePlanDraft(db, { version: '1.0', summary: '', sections }, context);
    await expect(approvePlanVersion(db, draft.id, { ...approval, approvedOn: '2026-04-03' }, '2026-04-02', context)).rejects.toBeInstanceOf(PlanVersionError);
    expect((await db.planVersions.get(draft.id))?.status).toBe('draft');
  });
});

describe('emergency level migration', () => {
  it('a procedure keeps its level when the facility writes its own list with the default ids', async () => {
    const db = await freshDatabase();
    const procedure = await new Repository(db, 'procedures').save(procedureFixture({ level: 'core' }), context);
    expect(await readEmergencyLevels(db)).toEqual(DEFAULT_EMERGENCY_LEVELS);
    await saveEmergencyLevels(db, [...DEFAULT_EMERGENCY_LEVELS.map((l) => ({ ...l, criteria: `${l.name}の基準` })), { name: 'レベル4 広域災害', criteria: '' }], context);
    const levels = await readEmergencyLevels(db);
    expect(levels.map((l) => l.id).slice(0, 3)).toEqual(['partial', 'core', 'total']);
    expect(levels).toHaveLength(4);
    const stored = await db.procedures.get(procedure.id);
    expect(stored?.level).toBe('core');
    expect(emergencyLevelName(levels, stored?.level ?? '')).toBe('レベル2 基幹システム停止');
    expect(emergencyLevelName([], 'gone')).toContain('計画にないレベル');
  });
});

describe('plan references', () => {
  it('refuses to delete a contact who approved a version, naming it', async () => {
    const { planDelete } = await import('./references');
    const { planReferences } = await import('./plan-references');
    const db = await freshDatabase();
    const draft = await savePlanDraft(db, { version: '1.0', summary: '', sections }, context);
    await approvePlanVersion(db, draft.id, { ...approval, approverContactId: 'c-1' }, '2026-04-02', context);
    const plan = await planDelete(db, planReferences, 'contacts', 'c-1');
    expect(plan.refused).toBe(true);
    expect(plan.referrers[0]?.records.map((r) => r.id)).toEqual([draft.id]);
    expect((await planDelete(db, planReferences, 'contacts', 'c-2')).refused).toBe(false);
  });
});
