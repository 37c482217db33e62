import { formatMinutes, totalExpectedMinutes, type RunbookFields } from '../../../domain/systems/runbook';
import { formatLocation } from '../../../domain/systems/system';
import { section } from '../../blocks';
import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { blankCell, dataTable, keyValueTable } from '../../table-layouts';
import { kindJa, type PrintableSystem, type SystemsPrintHeader, type VendorInfo } from './common';
import { hoursJa } from './labels';

/**
 * A runbook as a paper check-off sheet, for when no PC can be used: a box per step, the expected minutes and how to
 * verify, and empty columns for the time and the name of whoever did it.
 */

export interface RunbookSheetInput {
  header: SystemsPrintHeader;
  runbook: Pick<RunbookFields, 'title' | 'steps' | 'notes'>;
  system: PrintableSystem | undefined;
  prerequisites: readonly PrintableSystem[];
  vendor: VendorInfo | undefined;
}

export function runbookSheetTitle(title: string): string {
  return `復旧手順チェックシート ${title}`;
}

function overview(input: RunbookSheetInput): Content {
  const { system, runbook } = input;
  const vendor = input.vendor;
  const phones = vendor?.phones.filter((p) => p.number).map((p) => p.number).join('／') ?? '';
  return keyValueTable(
    [
      ['システム', system ? `${system.name}（${kindJa(system)}）` : '（台帳から削除されたシステム）'],
      ['設置場所', system ? formatLocation(system.location) || '—' : '—'],
      ['先に復旧が必要', input.prerequisites.length > 0 ? input.prerequisites.map((s) => s.name).join('、') : 'なし'],
      ['ベンダー連絡先', vendor ? `${[vendor.organisation, vendor.name].filter(Boolean).join(' ')}${phones ? `\u3000${phones}` : ''}` : '—'],
      ['想定時間（合計）', `${formatMinutes(totalExpectedMinutes(runbook.steps))}\u3000／\u3000RTO ${hoursJa(system?.rtoHours ?? null)}`],
      ...(runbook.notes ? [['備考', runbook.notes] as [string, Content]] : []),
    ],
    { labelWidth: 100, margin: [0, 0, 0, 8] },
  );
}

function runFields(): Content {
  return dataTable({
    header: ['実施区分', '開始日時', '責任者', '完了日時', '結果'],
    rows: [
      [
        { text: '□ 訓練\u3000\u3000□ 本番', margin: [0, 8, 0, 8] },
        { text: '\u3000\u3000月\u3000\u3000日\u3000\u3000：', margin: [0, 8, 0, 8] },
        blankCell(20),
        { text: '\u3000\u3000月\u3000\u3000日\u3000\u3000：', margin: [0, 8, 0, 8] },
        { text: '□ 完了\u3000□ 中止', margin: [0, 8, 0, 8] },
      ],
    ],
    widths: [90, 100, '*', 100, 90],
    margin: [0, 0, 0, 10],
  });
}

function stepsTable(input: RunbookSheetInput): Content {
  const rows = input.runbook.steps.map((step, i) => [
    { text: '□', fontSize: 16, alignment: 'center' as const, margin: [0, 2, 0, 0] as [number, number, number, number] },
    { text: String(i + 1), alignment: 'right' as const },
    { stack: [{ text: step.action, bold: true }, ...(step.notes ? [{ text: step.notes, fontSize: 8 }] : [])] },
    { text: step.owner || '—', fontSize: 8.5 },
    { text: `${step.expectedMinutes}分`, alignment: 'right' as const },
    { text: step.verification || '—', fontSize: 8.5 },
    blankCell(22),
    blankCell(22),
    blankCell(22),
  ]);
  return dataTable({
    header: ['済', 'No.', '作業内容', '担当', '想定', '確認方法', '完了時刻', '実施者', 'メモ'],
    rows,
    widths: [18, 18, '*', 70, 34, 120, 44, 60, 80],
  });
}

export function buildRunbookSheet(input: RunbookSheetInput): PdfDocument {
  const title = runbookSheetTitle(input.runbook.title);
  return buildFramedDocument(
    { ...input.header, documentTitle: title },
    [
      { text: input.runbook.title, style: 'title' },
      overview(input),
      runFields(),
      section('手順（上から順に実施し、済んだら □ に印を付け、時刻と氏名を記入）', stepsTable(input)),
      { text: '中断した場合は中断時刻と再開時刻をメモ欄に記入してください。PC が使えるようになったら、実施記録をワークブックに入力してください。', style: 'small', margin: [0, 8, 0, 0] },
    ],
    { orientation: 'landscape' },
  );
}
