import { describe, expect, it } from 'vitest';
import { drillSchema } from '../../../domain/drills/drill';
import { followUpActionSchema } from '../../../domain/actions/follow-up-action';
import { printedText } from '../../testing/printed-text';
import { buildActionList } from '../actions/action-list';
import { buildDrillReport } from './drill-report';

const header = { facilityName: 'みなと総合病院', version: '第1版', printedAt: new Date(2026, 10, 21, 9, 30), confidentialityLabel: '取扱注意', demo: false };

describe('drill report', () => {
  it('prints the plan, what was used, the timeline, findings with actions and the approval', async () => {
    const drill = drillSchema.parse({
      title: 'ランサムウェア総合訓練',
      scheduledFor: '2026-11-20',
      kind: 'fullScale',
      scenario: '電子カルテが暗号化され停止',
      objectives: '30分以内に院長へ連絡',
      departments: ['外来', '病棟'],
      incidentId: 'i1',
      heldOn: '2026-11-20',
      paperKitDepartments: ['外来'],
      findings: [{ id: 'f1', text: '夜間の連絡先が古い', actionId: 'a1' }],
      reportSummary: '連絡網の更新が必要',
      approval: { approverName: '佐藤 一郎', approverRole: '院長', approvedOn: '2026-11-21', reference: '第12回 運営会議' },
    });
    const doc = buildDrillReport({
      header,
      drill,
      participants: ['山田 花子'],
      timeline: [{ at: new Date(2026, 10, 20, 9, 5).toISOString(), who: '山田', what: '宣言' }],
      runbookRuns: [{ title: '電子カルテ復旧', startedAt: new Date(2026, 10, 20, 10, 0).toISOString(), outcome: '完了', done: 5, total: 5 }],
      callTree: { name: '情報システム障害連絡網', levels: [{ name: '情報システム室長', minutes: 3 }, { name: '院長', minutes: null }] },
      actions: new Map([['a1', { title: '夜間の連絡先が古い', owner: '山田 花子', dueDate: '2026-12-31', status: '未着手' }]]),
    });
    expect(structuredClone(doc)).toEqual(doc);
    const text = (await printedText(doc, 'drill-report')).flat;
    for (const expected of ['訓練報告書 ランサムウェア総合訓練', '総合訓練', '電子カルテが暗号化され停止', '山田 花子', '電子カルテ復旧', '情報システム障害連絡網', '3分', '未到達', '宣言', '夜間の連絡先が古い', '未着手', '佐藤 一郎（院長）', '第12回 運営会議']) {
      expect(text).toContain(expected.replace(/\s+/g, ''));
    }
  });

  it('leaves room to sign when management has not approved yet', async () => {
    const drill = drillSchema.parse({ title: '机上訓練', scheduledFor: '2026-11-20', kind: 'tabletop' });
    const text = (await printedText(buildDrillReport({ header, drill, participants: [], timeline: [], runbookRuns: [], actions: new Map() }), 'drill-blank')).flat;
    expect(text).toContain('未実施');
    expect(text).toContain('署名・印');
  });
});

describe('action list', () => {
  it('prints each action with owner, due date, overdue mark and where it came from', async () => {
    const meta = { id: 'a', createdAt: '2026-10-01T00:00:00.000Z', updatedAt: '2026-10-01T00:00:00.000Z', updatedBy: 'x' };
    const actions = [
      { ...meta, ...followUpActionSchema.parse({ title: '連絡網を更新', ownerContactId: 'c1', dueDate: '2026-11-01', source: { area: 'drills', table: 'drills', recordId: 'd', label: '総合訓練' } }) },
      { ...meta, id: 'b', ...followUpActionSchema.parse({ title: 'EOS 機器の更新', status: 'deferred', statusReason: '来年度予算' }) },
    ];
    const doc = buildActionList({ header, actions, owners: new Map([['c1', '山田 花子']]), sourceNames: { drills: '訓練' }, today: '2026-11-21', filterText: '' });
    const text = (await printedText(doc, 'action-list')).flat;
    for (const expected of ['対応事項一覧', '2 件（うち期限切れ 1 件）', '連絡網を更新', '山田 花子', '期限切れ', '訓練：総合訓練', '見送り', '来年度予算', '手入力']) expect(text).toContain(expected.replace(/\s+/g, ''));
  });
});
