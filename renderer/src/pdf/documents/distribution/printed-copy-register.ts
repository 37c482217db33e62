import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { dataTable } from '../../table-layouts';

/** 印刷物の保管台帳: where every printed binder and kit is kept, and which need reprinting. */
export const PRINTED_COPY_REGISTER_TITLE = '印刷物の保管台帳';

export interface PrintedCopyPrintRow {
  /** Already in words: 「BCP 冊子」, 「管理者版」, 和暦 dates. */
  document: string;
  title: string;
  edition: string;
  place: string;
  version: string;
  printedOn: string;
  /** 「最新」 or what changed since, e.g. 「連絡先 5 件、システム台帳 1 件」. */
  state: string;
  outdated: boolean;
  notes: string;
}

export interface PrintedCopyRegisterInput {
  facilityName: string;
  confidentialityLabel?: string;
  version: string;
  printedAt: Date;
  demo: boolean;
  rows: readonly PrintedCopyPrintRow[];
}

export function buildPrintedCopyRegister(input: PrintedCopyRegisterInput): PdfDocument {
  const rows: Content[][] = input.rows.map((r) => [
    r.document,
    r.title,
    r.edition,
    { text: r.place, bold: true },
    r.version || '—',
    r.printedOn,
    { text: r.state, color: r.outdated ? '#b3261e' : '#1b5e20', bold: r.outdated },
    { text: r.notes, style: 'small' },
  ]);
  if (rows.length === 0) rows.push([{ text: '（記録された印刷物はありません）', colSpan: 8, style: 'muted' }, '', '', '', '', '', '', '']);
  const outdated = input.rows.filter((r) => r.outdated).length;
  return buildFramedDocument(
    {
      facilityName: input.facilityName,
      documentTitle: PRINTED_COPY_REGISTER_TITLE,
      version: input.version,
      printedAt: input.printedAt,
      confidentialityLabel: input.confidentialityLabel,
      demo: input.demo,
    },
    [
      { text: PRINTED_COPY_REGISTER_TITLE, style: 'title' },
      { text: `${input.rows.length} 部のうち、印刷後にデータが変わったもの ${outdated} 部。要再印刷の部は印刷し直し、古い紙と差し替えてください。`, margin: [0, 0, 0, 8] },
      dataTable({ header: ['印刷物', '表題', '版の種類', '保管場所', '版', '印刷日', '状態', '備考'], rows, widths: [62, '*', 56, 120, 40, 80, 170, 70] }),
    ],
    { orientation: 'landscape' },
  );
}
