import { describe, expect, it } from 'vitest';
import { enteredLater, timelineLines } from './timeline';
import { ownCloseProblems, runCloseChecks } from './closing';
import { stepsFromTemplate, markStepDone } from './response-steps';
import { changesSince, nextSituationReportAt } from './situation-report';

const entry = (id: string, at: string, createdAt: string, correctsId?: string) => ({ id, at, createdAt, what: id, who: '', ...(correctsId ? { correctsId } : {}) });

describe('timeline corrections', () => {
  it('a correction is a new entry; both stay, linked both ways, in the order things happened', () => {
    const lines = timelineLines([entry('b', '2026-11-03T02:30:00Z', '2026-11-03T02:31:00Z'), entry('a', '2026-11-03T02:10:00Z', '2026-11-03T02:11:00Z'), entry('c', '2026-11-03T02:29:00Z', '2026-11-03T05:00:00Z', 'b')]);
    expect(lines.map((l) => l.entry.id)).toEqual(['a', 'c', 'b']);
    expect(lines[2]?.correctedBy?.id).toBe('c');
    expect(lines[1]?.corrects?.id).toBe('b');
    expect(enteredLater(lines[1]!.entry)).toBe(true);
    expect(enteredLater(lines[0]!.entry)).toBe(false);
  });
});

describe('closing checks', () => {
  const template = [{ key: 'a', title: '報告', detail: '', links: [] }, { key: 'b', title: '遮断', detail: '', links: [] }];
  it('open steps and a missing review block closing, naming what is open', () => {
    const steps = markStepDone(stepsFromTemplate(template), 'a', '2026-11-03T02:30:00Z', '佐藤');
    const problems = ownCloseProblems({ steps });
    expect(problems.map((p) => p.messageKey)).toEqual(['incidents.close.openSteps', 'incidents.close.noReview']);
    expect(problems[0]?.values).toMatchObject({ count: 1, titles: '遮断' });
    const done = markStepDone(steps, 'b', '2026-11-03T02:40:00Z', '佐藤');
    expect(ownCloseProblems({ steps: done, review: { whatHappened: 'x', whatWorked: '', whatDidNot: '', lessons: [] } })).toEqual([]);
  });

  it('the registry checks each name what is missing (a stand-in for the emergency-accounts check)', async () => {
    const standIn = { key: 'accounts', messageKey: 'accounts.close.notRotated', check: async (id: string) => (id === 'i1' ? ['電子カルテ 管理者'] : []) };
    expect(await runCloseChecks([standIn], 'i1')).toEqual([{ messageKey: 'accounts.close.notRotated', values: { names: '電子カルテ 管理者', count: 1 } }]);
    expect(await runCloseChecks([standIn], 'i2')).toEqual([]);
  });
});

describe('situation reports', () => {
  it('the first is due N hours after discovery, the next N hours after the last; changes are since the last', () => {
    expect(nextSituationReportAt('2026-11-03T02:00:00.000Z', [], 6).toISOString()).toBe('2026-11-03T08:00:00.000Z');
    expect(nextSituationReportAt('2026-11-03T02:00:00.000Z', ['2026-11-03T07:30:00.000Z'], 6).toISOString()).toBe('2026-11-03T13:30:00.000Z');
    const lines = [entry('x', '2026-11-03T07:00:00.000Z', ''), entry('y', '2026-11-03T08:00:00.000Z', '')];
    expect(changesSince(lines, ['2026-11-03T07:30:00.000Z']).map((l) => l.id)).toEqual(['y']);
  });
});
