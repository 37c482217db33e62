import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { section } from '../../blocks';
import { dataTable, keyValueTable } from '../../table-layouts';

/** 監査ログ: the change record with the hash-chain verdict, for the binder or an auditor. */
export const AUDIT_LOG_TITLE = '監査ログ';

export interface AuditLogPrintRow {
  seq: number | undefined;
  /** Already formatted (和暦 + time). */
  at: string;
  actor: string;
  table: string;
  action: string;
  label: string;
  fields: string;
  /** The row where the chain breaks is marked on paper too. */
  broken?: boolean;
}

export interface AuditLogInput {
  facilityName: string;
  confidentialityLabel?: string;
  version: string;
  printedAt: Date;
  demo: boolean;
  /** e.g. 「区分：連絡先／期間：…」 or 「全件」. */
  filterDescription: string;
  /** e.g. 「検証済み：1,234 件すべて正しくつながっています」. */
  verdict: string;
  verdictOk: boolean;
  rows: readonly AuditLogPrintRow[];
}

export function buildAuditLog(input: AuditLogInput): PdfDocument {
  const summary = keyValueTable(
    [
      ['対象', input.filterDescription],
      ['件数', `${input.rows.length.toLocaleString('ja-JP')} 件`],
      ['連鎖の検証', { text: input.verdict, bold: true, color: input.verdictOk ? '#1b5e20' : '#b3261e' }],
    ],
    { labelWidth: 70, margin: [0, 0, 0, 10] },
  );
  const rows: Content[][] = input.rows.map((r) => {
    const mark = r.broken ? { fillColor: '#fde2e1' } : {};
    return [
      { text: r.seq === undefined ? '—' : String(r.seq), alignment: 'right', ...mark },
      { text: r.at, ...mark },
      { text: r.actor, ...mark },
      { text: r.table, ...mark },
      { text: r.action, ...mark },
      { text: r.label, ...mark },
      { text: r.fields, style: 'small', ...mark },
    ];
  });
  if (rows.length === 0) rows.push([{ text: '（該当する記録はありません）', colSpan: 7, style: 'muted' }, '', '', '', '', '', '']);
  const table = dataTable({ header: ['番号', '日時', '操作者', '区分', '操作', '対象', '変更項目'], rows, widths: [34, 110, 70, 70, 40, '*', 120] });
  return buildFramedDocument(
    {
      facilityName: input.facilityName,
      documentTitle: AUDIT_LOG_TITLE,
      version: input.version,
      printedAt: input.printedAt,
      confidentialityLabel: input.confidentialityLabel,
      demo: input.demo,
    },
    [{ text: AUDIT_LOG_TITLE, style: 'title' }, summary, section('変更の記録', table)],
    { orientation: 'landscape' },
  );
}
