import { DRILL_KIND_JA, drillState, type DrillFields } from '../../../domain/drills/drill';
import { formatDateTime, formatMonthDayTime, formatStoredDate } from '../../../domain/date-text';
import type { PrintContext } from '../../../domain/print-context';
import { section } from '../../blocks';
import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { blankCell, dataTable, keyValueTable } from '../../table-layouts';

/** 訓練報告書 (R2, R4): the plan, what was run, the timeline, findings with their actions, and the report with its approval. */

export type DrillPrintHeader = Omit<PrintContext, 'documentTitle'>;

export interface DrillReportInput {
  header: DrillPrintHeader;
  drill: DrillFields;
  participants: readonly string[];
  timeline: readonly { at: string; who: string; what: string }[];
  runbookRuns: readonly { title: string; startedAt: string; outcome: string; done: number; total: number }[];
  callTree?: { name: string; levels: readonly { name: string; minutes: number | null }[] };
  /** Each finding's action as it stands now. */
  actions: ReadonlyMap<string, { title: string; owner: string; dueDate: string; status: string }>;
}

const STATE_JA = { planned: '予定', running: '実施中', held: '実施済み' } as const;

export function drillReportTitle(drill: Pick<DrillFields, 'title'>): string {
  return `訓練報告書 ${drill.title}`;
}

const orDash = (text: string) => text.trim() || '—';

export function buildDrillReport(input: DrillReportInput): PdfDocument {
  const { drill } = input;
  const summary = keyValueTable(
    [
      ['訓練名', drill.title],
      ['種類', DRILL_KIND_JA[drill.kind]],
      ['予定日', formatStoredDate(drill.scheduledFor, 'ja')],
      ['実施日', drill.heldOn ? formatStoredDate(drill.heldOn, 'ja') : '未実施'],
      ['状況', `${STATE_JA[drillState(drill)]}${drill.finishedAt ? `（${formatDateTime(drill.finishedAt, 'ja')} 終了）` : ''}`],
      ['シナリオ', orDash(drill.scenario)],
      ['目的・確認すること', orDash(drill.objectives)],
      ['参加部署', drill.departments.length > 0 ? drill.departments.join('、') : '—'],
      ['参加者', input.participants.length > 0 ? input.participants.join('、') : '—'],
      ['外部の参加者', orDash(drill.outsideParties)],
    ],
    { labelWidth: 110, margin: [0, 0, 0, 8] },
  );
  const timeline: Content =
    input.timeline.length > 0
      ? dataTable({ header: ['時刻', '記録者', '内容'], rows: input.timeline.map((e) => [{ text: formatMonthDayTime(e.at, 'ja'), noWrap: true }, e.who || '—', e.what]), widths: [64, 70, '*'] })
      : { text: '経過記録はありません。', style: 'muted' };
  const runs: Content =
    input.runbookRuns.length > 0
      ? dataTable({ header: ['復旧手順', '開始', '結果', '手順'], rows: input.runbookRuns.map((r) => [r.title, formatMonthDayTime(r.startedAt, 'ja'), r.outcome, `${r.done} / ${r.total}`]), widths: ['*', 70, 60, 50] })
      : { text: 'なし', style: 'muted' };
  const callTree: Content = input.callTree
    ? {
        stack: [
          { text: `連絡網：${input.callTree.name}`, margin: [0, 0, 0, 3] },
          dataTable({
            header: ['段階', '連絡先', '到達までの時間'],
            rows: input.callTree.levels.map((l, i) => [`第${i + 1}段階`, l.name, l.minutes === null ? '未到達' : `${l.minutes}分`]),
            widths: [50, '*', 90],
          }),
        ],
      }
    : { text: '使っていません。', style: 'muted' };
  const findings: Content =
    drill.findings.length > 0
      ? dataTable({
          header: ['No.', '気づき', '対応事項', '担当', '期限', '状況'],
          rows: drill.findings.map((f, i) => {
            const action = input.actions.get(f.actionId);
            return [String(i + 1), f.text, action?.title ?? '—', action?.owner || '—', action?.dueDate ? formatStoredDate(action.dueDate, 'ja') : '—', action?.status ?? '—'];
          }),
          widths: [18, '*', '*', 56, 84, 40],
        })
      : { text: '気づきはありません。', style: 'muted' };
  const approval = drill.approval
    ? keyValueTable(
        [
          ['承認者', `${drill.approval.approverName}${drill.approval.approverRole ? `（${drill.approval.approverRole}）` : ''}`],
          ['承認日', formatStoredDate(drill.approval.approvedOn, 'ja')],
          ['承認の記録', orDash(drill.approval.reference)],
        ],
        { labelWidth: 110 },
      )
    : keyValueTable(
        [
          ['承認者', blankCell(20)],
          ['承認日', blankCell(20)],
          ['署名・印', blankCell(28)],
        ],
        { labelWidth: 110 },
      );
  return buildFramedDocument({ ...input.header, documentTitle: drillReportTitle(drill) }, [
    { text: drillReportTitle(drill), style: 'h1' },
    summary,
    section('使ったもの', {
      stack: [
        { text: `ダウンタイムキット：${drill.paperKitDepartments.length > 0 ? drill.paperKitDepartments.join('、') : 'なし'}`, margin: [0, 0, 0, 4] },
        { text: '復旧手順の実施（訓練）', bold: true, margin: [0, 2, 0, 2] },
        runs,
      ],
    }, { margin: [0, 0, 0, 8] }),
    section('連絡網の確認', callTree, { margin: [0, 0, 0, 8] }),
    section('経過記録', timeline, { margin: [0, 0, 0, 8] }),
    section('気づきと対応事項', findings, { margin: [0, 0, 0, 8] }),
    // The approval lines are short and read as one block: never split over a page (the summary before them may flow).
    section('経営層への報告', { stack: [{ text: orDash(drill.reportSummary), margin: [0, 0, 0, 6] }, { stack: [approval], unbreakable: true }] }),
  ]);
}
