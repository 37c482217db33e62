import type { FacilityFields } from '../../domain/facility';
import { formatFiscalYear, formatPrintDate } from '../../domain/wareki';
import type { Content } from '../doc-types';
import { buildFramedDocument, type PdfDocument } from '../frame';
import { section } from '../blocks';
import { blankCell, dataTable, framedBox, keyValueTable } from '../table-layouts';

/** 表紙: the first page of the printed BCP binder. */

export const COVER_SHEET_TITLE = '医療情報システム 事業継続計画（BCP）ワークブック';

export interface CoverSheetSection {
  title: string;
  count: number;
}

export interface CoverSheetInput {
  facility: Pick<FacilityFields, 'name' | 'address' | 'departments' | 'wards' | 'fiscalYearStartMonth' | 'confidentialityLabel'>;
  /** The workbook's contents in binder order, e.g. {title: '連絡先一覧', count: 42}. */
  sections: readonly CoverSheetSection[];
  /** Workbook revision or app version (版). */
  version: string;
  printedAt: Date;
  demo: boolean;
}

const NONE = '（未登録）';

function nameList(names: readonly string[]): string {
  return names.length > 0 ? names.join('、') : NONE;
}

function titleBlock(input: CoverSheetInput): Content {
  const { facility } = input;
  return {
    stack: [
      { text: '医療情報システム', fontSize: 16, bold: true, alignment: 'center', color: '#3b4252' },
      { text: '事業継続計画（BCP）ワークブック', fontSize: 24, bold: true, alignment: 'center', margin: [0, 2, 0, 0] },
      {
        text: `${formatFiscalYear(input.printedAt, facility.fiscalYearStartMonth)}版`,
        fontSize: 13,
        alignment: 'center',
        margin: [0, 6, 0, 0],
      },
      { canvas: [{ type: 'line', x1: 140, y1: 10, x2: 375, y2: 10, lineWidth: 1.2, lineColor: '#3b4252' }] },
      { text: facility.name, fontSize: 22, bold: true, alignment: 'center', margin: [0, 16, 0, 0] },
      ...(facility.address ? [{ text: facility.address, fontSize: 11, alignment: 'center' as const, margin: [0, 4, 0, 0] as [number, number, number, number] }] : []),
    ],
    margin: [0, 8, 0, 18],
  };
}

function organisation(input: CoverSheetInput): Content {
  const { departments, wards } = input.facility;
  return keyValueTable(
    [
      [`部署（${departments.length}）`, nameList(departments)],
      [`病棟（${wards.length}）`, nameList(wards)],
    ],
    { labelWidth: 80, margin: [0, 0, 0, 12] },
  );
}

function contents(sections: readonly CoverSheetSection[]): Content {
  const rows: Content[][] = sections.map((s, i) => [
    { text: String(i + 1), alignment: 'right' },
    s.title,
    { text: `${s.count.toLocaleString('ja-JP')} 件`, alignment: 'right' },
  ]);
  if (rows.length === 0) rows.push([{ text: '（収録内容はまだありません）', colSpan: 3, style: 'muted' }, '', '']);
  return section('収録内容', dataTable({ header: ['No.', '区分', '件数'], rows, widths: [28, '*', 70] }), {
    margin: [0, 0, 0, 14],
  });
}

function emergencyGuidance(): Content {
  return framedBox(
    [
      {
        ul: [
          { text: [{ text: 'まずこの冊子の「連絡先一覧」', bold: true }, 'を見て、責任者と担当業者へ連絡してください。'] },
          '電子カルテ・部門システムが使えないときは、各部署の「紙運用手順」と紙の様式で業務を続けてください。',
          '行った対応は、時刻と担当者を記録してください（復旧後の事後入力に使います）。',
        ],
        margin: [4, 0, 0, 0],
      },
    ],
    { title: '非常時の使い方', fillColor: '#fff6db', margin: [0, 0, 0, 14] },
  );
}

function versionControl(input: CoverSheetInput): Content {
  return section('版管理', [
    dataTable({
      header: ['版', '印刷日', '承認者（署名）', '承認日'],
      rows: [
        [
          input.version,
          formatPrintDate(input.printedAt),
          blankCell(26),
          { text: '　　年　　月　　日', alignment: 'center', margin: [0, 13, 0, 0] },
        ],
      ],
      widths: ['auto', 'auto', '*', 100],
    }),
    {
      text: '内容を更新したら再印刷し、古い版は回収してください。保管場所：＿＿＿＿＿＿＿＿＿＿＿＿',
      style: 'small',
      margin: [0, 6, 0, 0],
    },
  ]);
}

export function buildCoverSheet(input: CoverSheetInput): PdfDocument {
  return buildFramedDocument(
    {
      facilityName: input.facility.name,
      documentTitle: '表紙',
      version: input.version,
      printedAt: input.printedAt,
      confidentialityLabel: input.facility.confidentialityLabel,
      demo: input.demo,
    },
    [titleBlock(input), organisation(input), contents(input.sections), emergencyGuidance(), versionControl(input)],
    { subject: `${input.facility.name} ${COVER_SHEET_TITLE}` },
  );
}
