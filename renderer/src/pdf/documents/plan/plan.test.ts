import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoWorkbookSchema } from '../../../domain/demo';
import { DEFAULT_EMERGENCY_LEVELS } from '../../../domain/plan/emergency-level';
import type { PlanVersion } from '../../../domain/plan/plan-version';
import { paperContext } from '../../../domain/testing/paper-fixtures';
import { printedText } from '../../testing/printed-text';
import { buildManagementReport } from './management-report';
import { buildPlanDocument } from './plan';

const demo = demoWorkbookSchema.parse(JSON.parse(readFileSync(new URL('../../../../../resources/templates/demo-workbook.json', import.meta.url), 'utf8')));
const meta = { createdAt: '2026-04-10T00:00:00.000Z', updatedAt: '2026-04-10T00:00:00.000Z', updatedBy: 't' };
const versions = demo.planVersions.map((v) => ({ ...meta, ...v })) as PlanVersion[];
const [approved, draft] = versions;

describe('plan documents', () => {
  it('prints the approved version in the ひな形 order with roles, levels, measures, sources and the revision history', async () => {
    const { flat } = await printedText(buildPlanDocument({ context: paperContext, version: approved!, levels: DEFAULT_EMERGENCY_LEVELS, history: [draft!, approved!] }), 'plan.pdf');
    for (const expected of ['情報システム部門事業継続計画', '第1.0版（承認済み）', '鈴木博（病院長）', '1.目的と基本方針', '4.体制と役割', '医療情報システム安全管', '佐藤健一', 'レベル2基幹システム停止', '7.サイバー攻撃への対応計画', '実施済み', '医療セプター', '2026-10-15', '9.病院全体のBCPとの関係', '改訂履歴', '第1.1版']) {
      expect(flat).toContain(expected);
    }
  });

  it('marks a draft as not in force', async () => {
    const { flat } = await printedText(buildPlanDocument({ context: paperContext, version: draft!, levels: DEFAULT_EMERGENCY_LEVELS, history: [draft!, approved!] }), 'plan-draft.pdf');
    expect(flat).toContain('この版は未承認の案です');
  });

  it('prints the management report with figures, the plan approval and the incidents of the year', async () => {
    const { flat } = await printedText(
      buildManagementReport({
        context: paperContext,
        fiscalYearLabel: '令和8年度（2026年度）',
        period: { start: '2026-04-01', end: '2027-03-31' },
        figures: [
          { label: '確認周期内に確認した連絡先', value: 38, total: 42, note: '確認周期 180 日' },
          { label: 'サポート終了（EOS）を過ぎたシステム', value: 2, total: 12 },
        ],
        plan: { version: '1.0', approvedOn: '2026-04-10', approver: '鈴木 博（病院長）', reference: '第1回 委員会' },
        incidents: [{ date: '2026-06-03', name: 'ランサムウェア疑い', level: 'レベル3 全面停止・サイバー攻撃', status: '終結' }],
      }),
      'management-report.pdf',
    );
    for (const expected of ['経営層への報告令和8年度（2026年度）', '38/42', '確認周期180日', '2/12', '第1.0版', '鈴木博（病院長）', 'ランサムウェア疑い', '終結']) expect(flat).toContain(expected);
  });
});
