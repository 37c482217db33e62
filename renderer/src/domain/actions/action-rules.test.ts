import { describe, expect, it } from 'vitest';
import { actionEvidence } from './action-evidence';
import { actionCounts, canMove, compareActions, dueState, isOverdue, matchesActionFilter, validActionSchema, withStatus, emptyActionFilter } from './action-rules';
import type { FollowUpAction } from './follow-up-action';

const TODAY = '2026-11-21';
const meta = { createdAt: '2026-10-01T00:00:00.000Z', updatedAt: '2026-10-01T00:00:00.000Z', updatedBy: 'テスト' };
const action = (fields: Partial<FollowUpAction> & { id: string }): FollowUpAction => ({
  ...meta,
  ...validActionSchema.parse({ title: '手順の改訂', ...fields }),
  id: fields.id,
  ...(fields.createdAt ? { createdAt: fields.createdAt } : {}),
});

describe('action status', () => {
  it('moves only along the offered transitions', () => {
    expect(canMove('open', 'inProgress')).toBe(true);
    expect(canMove('open', 'done')).toBe(true);
    expect(canMove('done', 'open')).toBe(false);
    expect(canMove('done', 'inProgress')).toBe(true);
    expect(canMove('deferred', 'done')).toBe(false);
    expect(() => withStatus(action({ id: 'a', status: 'done' }), 'deferred', new Date(), '予算')).toThrow();
  });

  it('stamps completion and clears it when reopened', () => {
    const now = new Date('2026-11-21T01:00:00.000Z');
    const done = withStatus(action({ id: 'a', status: 'inProgress' }), 'done', now);
    expect(done).toMatchObject({ status: 'done', completedAt: '2026-11-21T01:00:00.000Z', statusReason: '' });
    const reopened = withStatus({ ...done, changeChecks: [] }, 'inProgress', now);
    expect(reopened.completedAt).toBeUndefined();
    expect(reopened.changeChecks).toBeUndefined();
  });

  it('requires the reason for 見送り, in the editor schema and in the transition', () => {
    const result = validActionSchema.safeParse({ title: 'EOS 機器の更新', status: 'deferred', statusReason: '  ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['statusReason', 'actions.validation.reasonRequired']]);
    expect(validActionSchema.safeParse({ title: 'EOS 機器の更新', status: 'deferred', statusReason: '来年度予算で対応' }).success).toBe(true);
    expect(() => withStatus(action({ id: 'a' }), 'deferred', new Date(), '')).toThrow();
    expect(withStatus({ ...action({ id: 'a' }) }, 'deferred', new Date(), ' 来年度予算 ').statusReason).toBe('来年度予算');
    expect(withStatus(action({ id: 'a', status: 'deferred', statusReason: '予算' }), 'open', new Date()).statusReason).toBe('');
  });

  it('refuses a due date that is not a date', () => {
    expect(validActionSchema.safeParse({ title: 'x', dueDate: '来週' }).error?.issues[0]?.message).toBe('actions.validation.date');
  });
});

describe('due rules', () => {
  it('tells overdue, due today, due soon and later apart, and never for closed actions', () => {
    const soon = '2026-12-05';
    expect(dueState({ status: 'open', dueDate: '2026-11-20' }, TODAY, soon)).toBe('overdue');
    expect(dueState({ status: 'inProgress', dueDate: TODAY }, TODAY, soon)).toBe('dueToday');
    expect(dueState({ status: 'open', dueDate: '2026-12-01' }, TODAY, soon)).toBe('dueSoon');
    expect(dueState({ status: 'open', dueDate: '2027-01-01' }, TODAY, soon)).toBe('later');
    expect(dueState({ status: 'open', dueDate: '' }, TODAY, soon)).toBe('noDate');
    expect(dueState({ status: 'done', dueDate: '2026-01-01' }, TODAY, soon)).toBe('closed');
    expect(isOverdue({ status: 'deferred', dueDate: '2026-01-01' }, TODAY)).toBe(false);
  });

  it('filters and orders the list, open and earliest due first', () => {
    const list = [
      action({ id: 'done', status: 'done', dueDate: '2026-01-01' }),
      action({ id: 'late', dueDate: '2026-11-01', ownerContactId: 'c1', source: { area: 'drills', table: 'drills', recordId: 'd1', label: '訓練' } }),
      action({ id: 'nodate' }),
      action({ id: 'soon', status: 'inProgress', dueDate: '2026-12-01' }),
    ];
    expect([...list].sort(compareActions).map((a) => a.id)).toEqual(['late', 'soon', 'nodate', 'done']);
    const ids = (filter: Partial<typeof emptyActionFilter>) => list.filter((a) => matchesActionFilter(a, { ...emptyActionFilter, ...filter }, TODAY)).map((a) => a.id);
    expect(ids({})).toEqual(['late', 'nodate', 'soon']);
    expect(ids({ status: '' })).toHaveLength(4);
    expect(ids({ overdueOnly: true })).toEqual(['late']);
    expect(ids({ ownerContactId: 'c1' })).toEqual(['late']);
    expect(ids({ source: 'drills' })).toEqual(['late']);
    expect(ids({ source: 'manual', status: '' })).toEqual(['done', 'nodate', 'soon']);
    expect(actionCounts(list, TODAY)).toEqual({ open: 3, overdue: 1, done: 1, deferred: 0 });
  });

  it('gives evidence: overdue contradicts, done in the 年度 supports', () => {
    const year = { start: '2026-04-01', end: '2027-03-31' };
    const done = { ...action({ id: 'd', status: 'done' }), completedAt: '2026-06-01T03:00:00.000Z' };
    expect(actionEvidence([done, action({ id: 'late', dueDate: '2026-11-01' })], TODAY, year).map((f) => [f.verdict, f.messageKey, f.values])).toEqual([
      ['supports', 'actions.evidence.doneThisYear', { count: 1 }],
      ['contradicts', 'actions.evidence.overdue', { count: 1 }],
    ]);
    expect(actionEvidence([done], TODAY, year).map((f) => f.messageKey)).toEqual(['actions.evidence.doneThisYear', 'actions.evidence.noneOpen']);
  });
});
