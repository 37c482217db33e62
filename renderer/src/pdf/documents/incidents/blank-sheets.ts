import type { StepTemplate } from '../../../domain/incidents/response-steps';
import { SYSTEM_STATUS_JA, systemStatuses } from '../../../domain/incidents/system-status';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { blankCell, dataTable, keyValueTable } from '../../table-layouts';
import type { IncidentPrintHeader, PrintableBoardSystem } from './common';

/**
 * 白紙の用紙 for when the PC is gone: the initial-response checklist, the timeline sheet and the status-board sheet.
 * They belong to the 情報システム部門 downtime kit and are printed before anything happens.
 */

const incidentHead = () =>
  keyValueTable(
    [
      ['発見日時', blankCell(14)],
      ['区分', { text: '□ ランサムウェア疑い　□ システム障害　□ 災害　□ その他　　□ 訓練' }],
    ],
    { labelWidth: 80, margin: [0, 0, 0, 8] },
  );

export const BLANK_RESPONSE_TITLE = '初動対応チェックリスト（白紙）';
export const BLANK_TIMELINE_TITLE = '経過記録用紙（白紙）';
export const BLANK_BOARD_TITLE = '稼働状況表（白紙）';

export function buildBlankResponseChecklist(header: IncidentPrintHeader, steps: readonly StepTemplate[]): PdfDocument {
  return buildFramedDocument({ ...header, documentTitle: BLANK_RESPONSE_TITLE }, [
    { text: BLANK_RESPONSE_TITLE, style: 'h1' },
    incidentHead(),
    dataTable({
      header: ['済', 'No.', '手順', '時刻', '担当', 'メモ・該当なしの理由'],
      widths: [16, 18, '*', 50, 60, 110],
      rows: steps.map((s, i) => [
        { text: '□', alignment: 'center' as const, fontSize: 12 },
        { text: String(i + 1), alignment: 'right' as const },
        { stack: [{ text: s.title, bold: true }, ...(s.detail ? [{ text: s.detail, fontSize: 7.5 }] : [])] },
        ' ',
        ' ',
        ' ',
      ]),
    }),
  ]);
}

export function buildBlankTimelineSheet(header: IncidentPrintHeader, rows = 28): PdfDocument {
  return buildFramedDocument({ ...header, documentTitle: BLANK_TIMELINE_TITLE }, [
    { text: BLANK_TIMELINE_TITLE, style: 'h1' },
    { text: '時刻・記入者・内容を 1 行ずつ。訂正は消さずに新しい行に「No.○ の訂正」と書く。後で経過記録に入力する。', fontSize: 8.5, margin: [0, 0, 0, 6] },
    incidentHead(),
    dataTable({
      header: ['No.', '時刻', '記入者', '内容', '入力済'],
      widths: [24, 50, 64, '*', 34],
      rows: Array.from({ length: rows }, (_, i) => [{ text: String(i + 1), alignment: 'right' as const }, blankCell(12), ' ', ' ', { text: '□', alignment: 'center' as const }]),
    }),
  ]);
}

export function buildBlankStatusBoard(header: IncidentPrintHeader, systems: readonly PrintableBoardSystem[]): PdfDocument {
  const boxes = systemStatuses.map((s) => `□${SYSTEM_STATUS_JA[s]}`).join(' ');
  return buildFramedDocument({ ...header, documentTitle: BLANK_BOARD_TITLE }, [
    { text: BLANK_BOARD_TITLE, style: 'h1' },
    { text: `システム台帳の全 ${systems.length} 件を復旧順に並べています。状況に印をつけ、変更した時刻と記入者を書く。`, fontSize: 8.5, margin: [0, 0, 0, 6] },
    dataTable({
      header: ['順', 'システム', '設置場所', '状況', '時刻', '記入者'],
      widths: [20, '*', 80, 150, 40, 50],
      rows: systems.map((s) => [{ text: String(s.position), alignment: 'right' as const }, s.name, { text: s.location || '—', fontSize: 7.5 }, { text: boxes, fontSize: 8 }, ' ', ' ']),
    }),
  ]);
}
