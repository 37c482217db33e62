import { describe, expect, it } from 'vitest';
import { drillSchema } from '../domain/drills/drill';
import { procedureSchema } from '../domain/paper/procedure';
import { actionsFrom, completeAction } from './actions-store';
import { addFinding, approveDrillReport, finishDrill, noteDrillEvent, startDrill } from './drills-store';
import { Repository } from './repository';
import { freshDatabase } from './testing';

const clock = (iso: string) => ({ actor: '山田 花子', now: () => new Date(iso) });

async function plannedDrill() {
  const db = await freshDatabase();
  const drill = await new Repository(db, 'drills').save(drillSchema.parse({ title: 'ランサムウェア机上訓練', scheduledFor: '2026-11-20', kind: 'tabletop', scenario: '電子カルテ停止' }), clock('2026-11-01T00:00:00.000Z'));
  return { db, drill };
}

describe('drills store', () => {
  it('starts a drill as an exercise incident with the drill named, and keeps one timeline', async () => {
    const { db, drill } = await plannedDrill();
    const started = await startDrill(db, drill.id, { kind: 'ransomware', level: 'core' }, clock('2026-11-20T00:30:00.000Z'));
    const incident = await db.incidents.get(started.incidentId);
    expect(incident).toMatchObject({ exercise: true, drillId: drill.id, level: 'core', status: 'active', observed: '電子カルテ停止' });
    expect(started.heldOn).toBe('2026-11-20');
    await noteDrillEvent(db, started, '連絡網の第1段階に到達', clock('2026-11-20T00:35:00.000Z'));
    await finishDrill(db, drill.id, clock('2026-11-20T02:00:00.000Z'));
    const lines = (await db.incidentEvents.where('incidentId').equals(started.incidentId).sortBy('at')).map((e) => e.what);
    expect(lines).toEqual(['宣言', '連絡網の第1段階に到達', '訓練終了']);
    await expect(startDrill(db, drill.id, { kind: 'ransomware', level: 'core' }, clock('2026-11-20T03:00:00.000Z'))).rejects.toThrow();
  });

  it('writes a finding with its follow-up action, the drill as its source', async () => {
    const { db, drill } = await plannedDrill();
    const saved = await addFinding(db, drill.id, { text: '夜間の連絡先が古い', ownerContactId: 'c1', dueDate: '2026-12-31' }, clock('2026-11-20T03:00:00.000Z'));
    const [action] = await actionsFrom(db, 'drills', drill.id);
    expect(action).toMatchObject({ title: '夜間の連絡先が古い', ownerContactId: 'c1', dueDate: '2026-12-31', status: 'open', source: { area: 'drills', recordId: drill.id, label: 'ランサムウェア机上訓練' } });
    expect(saved.findings).toEqual([{ id: expect.any(String), text: '夜間の連絡先が古い', actionId: action?.id }]);
  });

  it('records management approval only with an approver and a date not in the future', async () => {
    const { db, drill } = await plannedDrill();
    const approval = { approverContactId: '', approverName: '院長 佐藤', approverRole: '院長', approvedOn: '2026-11-25', reference: '運営会議' };
    await expect(approveDrillReport(db, drill.id, approval, clock('2026-11-24T03:00:00.000Z'))).rejects.toThrow(/approvalInFuture/);
    await expect(approveDrillReport(db, drill.id, { ...approval, approverName: ' ' }, clock('2026-11-26T03:00:00.000Z'))).rejects.toThrow(/approverRequired/);
    expect((await approveDrillReport(db, drill.id, approval, clock('2026-11-26T03:00:00.000Z'))).approval).toEqual(approval);
  });
});

describe('completing an action', () => {
  it('links the audit rows of the changed record since the action was created', async () => {
    const { db, drill } = await plannedDrill();
    const procedures = new Repository(db, 'procedures');
    const procedure = await procedures.save(procedureSchema.parse({ department: '外来', title: '外来受付の紙運用', level: 'core' }), clock('2026-10-01T00:00:00.000Z'));
    await addFinding(db, drill.id, { text: '受付手順に仮番号の記載がない', ownerContactId: '', dueDate: '' }, clock('2026-11-20T03:00:00.000Z'));
    const [action] = await actionsFrom(db, 'drills', drill.id);
    await new Repository(db, 'actions').save({ ...action!, changes: [{ area: 'paper', table: 'procedures', recordId: procedure.id, label: procedure.title }] }, clock('2026-11-20T03:05:00.000Z'));
    await procedures.save({ ...procedure, trigger: '電子カルテが 30 分以上使えないとき' }, clock('2026-11-21T01:00:00.000Z'));
    const changeRow = (await db.auditLog.where('recordId').equals(procedure.id).toArray()).at(-1);

    const done = await completeAction(db, action!.id, { updated: true }, clock('2026-11-21T02:00:00.000Z'));
    expect(done.status).toBe('done');
    expect(done.completedAt).toBe('2026-11-21T02:00:00.000Z');
    expect(done.changeChecks).toEqual([{ table: 'procedures', recordId: procedure.id, label: '外来受付の紙運用', updated: true, auditSeqs: [changeRow?.seq] }]);
  });

  it('completes without links when no update was needed', async () => {
    const { db, drill } = await plannedDrill();
    await addFinding(db, drill.id, { text: '問題なし', ownerContactId: '', dueDate: '' }, clock('2026-11-20T03:00:00.000Z'));
    const [action] = await actionsFrom(db, 'drills', drill.id);
    const done = await completeAction(db, action!.id, { updated: false }, clock('2026-11-21T02:00:00.000Z'));
    expect(done.status).toBe('done');
    expect(done.changeChecks).toBeUndefined();
  });
});
