import type { PrintContext } from '../../../domain/print-context';
import { heading } from '../../blocks';
import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { dataTable, keyValueTable } from '../../table-layouts';

/** 経営層への報告 (R4): a 年度's preparedness in figures, the plan's version and approval, and the year's incidents. */

export const MANAGEMENT_REPORT_TITLE = '経営層への報告';

/** One figure as printed: its name, the value (with 「/ total」 when a share) and a remark. */
export interface ReportFigureLine {
  label: string;
  value: number;
  total?: number;
  note?: string;
}

export interface ReportIncidentLine {
  date: string;
  name: string;
  level: string;
  status: string;
}

export interface ManagementReportInput {
  context: Omit<PrintContext, 'documentTitle'>;
  /** 「令和8年度（2026年度）」 and its bounds. */
  fiscalYearLabel: string;
  period: { start: string; end: string };
  figures: readonly ReportFigureLine[];
  plan: { version: string; approvedOn: string; approver: string; reference: string } | null;
  incidents: readonly ReportIncidentLine[];
}

const share = (f: ReportFigureLine) => (f.total === undefined ? f.value.toLocaleString('ja-JP') : `${f.value.toLocaleString('ja-JP')} / ${f.total.toLocaleString('ja-JP')}`);

export function buildManagementReport(input: ManagementReportInput): PdfDocument {
  const { plan } = input;
  const content: Content[] = [
    { text: `${MANAGEMENT_REPORT_TITLE}\u3000${input.fiscalYearLabel}`, style: 'title' },
    { text: `対象期間：${input.period.start} 〜 ${input.period.end}`, margin: [0, 0, 0, 8] },
    heading('1. 備えの状況', 'h1'),
    input.figures.length === 0
      ? { text: '集計できる項目がありません。', style: 'muted' }
      : dataTable({ header: ['項目', '件数', '備考'], rows: input.figures.map((f) => [f.label, { text: share(f), alignment: 'right', bold: true }, f.note ?? '']), widths: ['*', 80, 170] }),
    heading('2. 計画の版と承認', 'h1'),
    plan
      ? keyValueTable([
          ['有効な版', { text: `第${plan.version}版`, bold: true }],
          ['承認日', plan.approvedOn],
          ['承認者', plan.approver],
          ['会議・文書', plan.reference || '（記載なし）'],
        ])
      : { text: '承認された版がありません。計画を作成し、経営層の承認を受けてください。', bold: true, color: '#b3261e' },
    heading('3. この年度のインシデント', 'h1'),
    input.incidents.length === 0
      ? { text: 'この年度に記録されたインシデントはありません（訓練を除く）。' }
      : dataTable({ header: ['発見日', 'インシデント', 'レベル', '状況'], rows: input.incidents.map((i) => [i.date, i.name, i.level, i.status]), widths: [70, '*', 120, 60] }),
    { text: '報告を受けた経営層の確認：\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日\u3000\u3000氏名', margin: [0, 24, 0, 0] },
  ];
  return buildFramedDocument({ ...input.context, documentTitle: `${MANAGEMENT_REPORT_TITLE} ${input.fiscalYearLabel}` }, content);
}
