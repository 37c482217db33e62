import { describe, expect, it } from 'vitest';
import { planSectionDiff } from './plan-diff';
import { approveVersion, isEditable, nextDraftFrom, nextVersionNumber, planSectionsSchema, planState, PlanVersionError, type PlanVersion } from './plan-version';
import { approvalSchemaOn } from './approval';

const sections = planSectionsSchema.parse({ purpose: '患者の安全を守る。', returnCriteria: '- 全システム稼働\n- 事後入力完了' });
const meta = { createdAt: '', updatedAt: '', updatedBy: 't' };
const approval = { approverContactId: 'c1', approverName: '山田 院長', approverRole: '病院長', approvedOn: '2026-04-01', reference: '第3回 委員会' };

function version(id: string, v: string, status: PlanVersion['status']): PlanVersion {
  return { ...meta, id, version: v, status, summary: '', sections, supersededOn: '' };
}

describe('plan version transitions', () => {
  it('approving a draft supersedes the version in force', () => {
    const changed = approveVersion([version('a', '1.0', 'approved'), version('b', '1.1', 'draft'), version('old', '0.9', 'superseded')], 'b', approval, '2026-04-02');
    expect(changed.map((v) => [v.id, v.status])).toEqual([
      ['a', 'superseded'],
      ['b', 'approved'],
    ]);
    expect(changed[0]?.supersededOn).toBe('2026-04-01');
    expect(changed[1]?.approval?.approverName).toBe('山田 院長');
  });

  it('refuses an approval without approver or dated in the future', () => {
    const versions = [version('b', '1.1', 'draft')];
    expect(() => approveVersion(versions, 'b', { ...approval, approverName: ' ' }, '2026-04-02')).toThrow(PlanVersionError);
    try {
      approveVersion(versions, 'b', approval, '2026-03-31');
    } catch (e) {
      expect((e as PlanVersionError).problems).toEqual(['validation.approvalInFuture']);
    }
    expect(approvalSchemaOn('2026-03-31').safeParse(approval).success).toBe(false);
    expect(approvalSchemaOn('2026-04-01').safeParse(approval).success).toBe(true);
  });

  it('only a draft is approved or edited; a superseded version starts nothing', () => {
    expect(() => approveVersion([version('a', '1.0', 'approved')], 'a', approval, '2026-04-02')).toThrow(PlanVersionError);
    expect(() => approveVersion([version('s', '0.9', 'superseded')], 's', approval, '2026-04-02')).toThrow(PlanVersionError);
    expect(isEditable({ status: 'draft' })).toBe(true);
    expect(isEditable({ status: 'approved' })).toBe(false);
    expect(isEditable({ status: 'superseded' })).toBe(false);
    expect(() => nextDraftFrom(version('s', '0.9', 'superseded'))).toThrow(PlanVersionError);
  });

  it('editing an approved plan starts the next draft with its text', () => {
    const next = nextDraftFrom(version('a', '1.0', 'approved'));
    expect(next).toMatchObject({ version: '1.1', status: 'draft', summary: '' });
    expect(next.sections).toEqual(sections);
    expect(nextVersionNumber('1.9')).toBe('1.10');
  });

  it('tells the version in force, the draft and the history newest first', () => {
    const state = planState([version('a', '1.9', 'superseded'), version('b', '1.10', 'approved'), version('c', '1.11', 'draft')]);
    expect(state.inForce?.id).toBe('b');
    expect(state.draft?.id).toBe('c');
    expect(state.history.map((v) => v.version)).toEqual(['1.11', '1.10', '1.9']);
  });
});

describe('section diff', () => {
  it('marks only the changed sections, line by line', () => {
    const draft = { ...sections, returnCriteria: '- 全システム稼働\n- 事後入力完了\n- 院長が復帰を宣言', measures: [{ name: 'オフラインバックアップ', status: 'done' as const, note: '' }] };
    const diff = planSectionDiff(sections, draft);
    expect(diff.filter((d) => d.changed).map((d) => d.key)).toEqual(['returnCriteria', 'cyberResponse']);
    const back = diff.find((d) => d.key === 'returnCriteria');
    expect(back?.lines).toEqual([
      { kind: 'same', text: '- 全システム稼働' },
      { kind: 'same', text: '- 事後入力完了' },
      { kind: 'added', text: '- 院長が復帰を宣言' },
    ]);
    expect(diff.find((d) => d.key === 'cyberResponse')?.lines).toEqual([{ kind: 'added', text: 'オフラインバックアップ｜実施済み｜' }]);
    expect(diff.find((d) => d.key === 'purpose')).toMatchObject({ changed: false });
  });

  it('shows removed text as removed', () => {
    const diff = planSectionDiff(sections, { ...sections, purpose: '' });
    expect(diff.find((d) => d.key === 'purpose')?.lines).toEqual([{ kind: 'removed', text: '患者の安全を守る。' }]);
  });
});
