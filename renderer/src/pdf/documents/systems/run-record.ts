import { formatMinutes } from '../../../domain/systems/runbook';
import { elapsedMs, RUN_KIND_JA, RUN_OUTCOME_JA, runProgress, stepTimings, type RunbookRunFields } from '../../../domain/systems/runbook-run';
import { section } from '../../blocks';
import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { dataTable, keyValueTable } from '../../table-layouts';
import type { SystemsPrintHeader } from './common';
import { formatDateTime, formatMonthDayTime, formatTimeSpan } from '../../../domain/date-text';

/** 復旧手順 実施記録: who checked each step and when, elapsed against expected, pauses and notes. */

export interface RunRecordInput {
  header: SystemsPrintHeader;
  run: RunbookRunFields;
  /** The instant elapsed time is measured to while the run is still open. */
  now: Date;
}

export function runRecordTitle(run: Pick<RunbookRunFields, 'title' | 'kind'>): string {
  return `復旧手順 実施記録（${RUN_KIND_JA[run.kind]}） ${run.title}`;
}

export function buildRunRecord(input: RunRecordInput): PdfDocument {
  const { run, now } = input;
  const progress = runProgress(run, now);
  const timings = new Map(stepTimings(run, now).map((t) => [t.stepId, t.actualMinutes]));
  const pauses = run.pauses.map((p) => (p.to ? formatTimeSpan(p.from, p.to, 'ja') : `${formatDateTime(p.from, 'ja')} 〜 中断中`));
  const summary = keyValueTable(
    [
      ['システム', run.systemName],
      ['実施区分', RUN_KIND_JA[run.kind]],
      ['責任者', `${run.leader}（開始操作：${run.startedBy}）`],
      ['開始', formatDateTime(run.startedAt, 'ja')],
      ['終了', run.finishedAt ? `${formatDateTime(run.finishedAt, 'ja')}\u3000${RUN_OUTCOME_JA[run.outcome]}` : '実施中'],
      ['経過時間（中断を除く）', `${formatMinutes(elapsedMs(run, now) / 60_000)}\u3000／\u3000想定 ${formatMinutes(progress.expectedMinutes)}`],
      ['進み具合', `${progress.done} / ${progress.total} 手順完了`],
      ['中断', pauses.length > 0 ? pauses.join('\n') : 'なし'],
      ...(run.notes ? [['記録', run.notes] as [string, Content]] : []),
    ],
    { labelWidth: 120, margin: [0, 0, 0, 10] },
  );
  const rows = run.steps.map((s, i) => {
    const actual = timings.get(s.stepId);
    const late = actual !== null && actual !== undefined && actual > s.expectedMinutes;
    return [
      { text: s.checkedAt ? '✓' : '□', alignment: 'center' as const, fontSize: 12 },
      { text: String(i + 1), alignment: 'right' as const },
      { stack: [{ text: s.action, bold: true }, ...(s.verification ? [{ text: `確認：${s.verification}`, fontSize: 8 }] : [])] },
      { text: s.owner || '—', fontSize: 8.5 },
      { text: `${s.expectedMinutes}分`, alignment: 'right' as const },
      { text: actual === null || actual === undefined ? '' : `${Math.round(actual)}分`, alignment: 'right' as const, bold: late, color: late ? '#b3261e' : undefined },
      { text: formatMonthDayTime(s.checkedAt, 'ja'), alignment: 'center' as const, noWrap: true },
      { text: s.checkedBy, fontSize: 8.5 },
      { text: s.note, fontSize: 8.5 },
    ];
  });
  return buildFramedDocument({ ...input.header, documentTitle: runRecordTitle(run) }, [
    { text: runRecordTitle(run), style: 'h1' },
    summary,
    section(
      '手順ごとの記録',
      dataTable({ header: ['済', 'No.', '作業内容', '担当', '想定', '実績', '完了時刻', '実施者', 'メモ'], rows, widths: [16, 16, '*', 56, 30, 30, 56, 56, 74] }),
    ),
  ]);
}
