import { describe, expect, it } from 'vitest';
import { stepsFromTemplate, markStepDone } from '../domain/incidents/response-steps';
import { changeIncident, closeIncident, declareIncident, startIncidentRun, timelineOf } from './incidents-store';
import { actionsFrom } from './actions-store';
import { freshDatabase } from './testing';
import { startRun } from '../domain/systems/runbook-run';

const writer = { actor: '佐藤' };
const draft = {
  kind: 'ransomware' as const,
  exercise: false,
  level: 'partial',
  discoveredAt: '2026-11-03T17:10:00.000Z',
  declaredAt: '2026-11-03T17:20:00.000Z',
  foundBy: '3階東 看護師',
  observed: '脅迫文',
  status: 'active' as const,
  steps: stepsFromTemplate([{ key: 'report', title: '報告', detail: '', links: [] }]),
};

describe('incident store', () => {
  it('a change and its timeline line land together, with audit rows', async () => {
    const db = await freshDatabase();
    const incident = await declareIncident(db, draft, writer);
    await changeIncident(db, incident.id, (i) => ({ ...i, steps: markStepDone(i.steps ?? [], 'report', '2026-11-03T17:30:00.000Z', '佐藤') }), [{ what: '初動対応 1 完了', at: '2026-11-03T17:30:00.000Z' }], writer);
    const lines = await timelineOf(db, incident.id);
    expect(lines.map((l) => l.what)).toEqual(['宣言', '初動対応 1 完了']);
    expect((await db.incidents.get(incident.id))?.steps?.[0]?.doneBy).toBe('佐藤');
    expect(await db.auditLog.where('table').equals('incidents').count()).toBe(2);
  });

  it('a failed change writes neither the incident nor its line', async () => {
    const db = await freshDatabase();
    const incident = await declareIncident(db, draft, writer);
    const refused = new Error('refused');
    const failure = await changeIncident(db, incident.id, () => { throw refused; }, [{ what: 'x' }], writer).catch((e: unknown) => e);
    expect((failure as Error).cause).toBe(refused);
    expect(await timelineOf(db, incident.id)).toHaveLength(1);
  });

  it('a run started from the board belongs to the incident', async () => {
    const db = await freshDatabase();
    const incident = await declareIncident(db, draft, writer);
    const run = startRun({ id: 'rb', systemId: 'sys', title: '電子カルテ 復旧手順', steps: [] }, '電子カルテ', { kind: 'real', leader: '', actor: '佐藤', now: new Date('2026-11-03T18:00:00.000Z') });
    const saved = await startIncidentRun(db, incident.id, run, writer);
    expect(saved.incidentId).toBe(incident.id);
    expect((await timelineOf(db, incident.id)).at(-1)?.what).toContain('電子カルテ 復旧手順');
  });

  it('closing stores the review and turns each lesson into a follow-up action in one step', async () => {
    const db = await freshDatabase();
    const incident = await declareIncident(db, draft, writer);
    await closeIncident(db, incident.id, { whatHappened: '端末 1 台が暗号化', whatWorked: '', whatDidNot: '', lessons: ['バックアップを別セグメントへ', '病棟掲示の更新'] }, '2026-11-04T09:00:00.000Z', writer);
    const closed = await db.incidents.get(incident.id);
    expect(closed?.status).toBe('closed');
    expect(closed?.closedAt).toBe('2026-11-04T09:00:00.000Z');
    const actions = await actionsFrom(db, 'incidents', incident.id);
    expect(actions.map((a) => a.title)).toEqual(['バックアップを別セグメントへ', '病棟掲示の更新']);
    expect(actions[0]?.source?.area).toBe('incidents');
  });
});
