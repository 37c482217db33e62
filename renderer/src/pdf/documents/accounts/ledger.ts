import { compareEvents, type AccountEvent } from '../../../domain/accounts/account-event';
import { formatDateTime } from '../../../domain/date-text';
import type { Content, Width } from '../../doc-types';
import { buildFramedDocument, FRAME_COLORS, type PdfDocument } from '../../frame';
import { blankCell, dataTable } from '../../table-layouts';
import { HANDLE_WITH_CARE, small, type AccountsPrintHeader } from './common';

/**
 * 開封記録簿: the sheet kept beside the safe. Each opening is one row (opener, reason, witness, incident, what was done,
 * return and new seal), filled in by hand; recorded openings can be printed into it, followed by blank rows.
 */

export const LEDGER_TITLE = '開封記録簿';

/** An account the ledger is for, with its recorded events (ledger order is restored here). */
export interface LedgerAccount {
  label: string;
  storagePlace: string;
  sealNumber: string;
  events: readonly AccountEvent[];
}

export interface LedgerInput {
  header: AccountsPrintHeader;
  /** One account, or every account for a shared sheet. */
  accounts: readonly LedgerAccount[];
  /** Print the recorded openings into the sheet; otherwise it is blank. */
  withRecords: boolean;
  /** Names of incidents and drills, by id. */
  incidentNames: ReadonlyMap<string, string>;
  blankRows?: number;
}

const HEADER = ['開封日時', 'アカウント／封印番号', '開封者', '理由', '立会人', 'インシデント・訓練', '使用内容', '返却・変更・再封印（新しい封印番号・変更者）', '確認印'];
const WIDTHS: Width[] = [66, 90, 52, '*', 50, 84, 100, 120, 34];

/** One row per opening: the events after it until the next opening are folded into its cells. */
function recordedRows(account: LedgerAccount, incidentNames: ReadonlyMap<string, string>): Content[][] {
  const rows: Content[][] = [];
  let current: { opening: AccountEvent; uses: string[]; closing: string[] } | undefined;
  const flush = () => {
    if (!current) return;
    const o = current.opening;
    rows.push([
      small(formatDateTime(o.at, 'ja')),
      small(account.label),
      small(o.who),
      small(o.detail),
      small(o.witness),
      small(o.incidentId ? (incidentNames.get(o.incidentId) ?? '（削除されたインシデント）') : 'なし'),
      small(current.uses.join('\n')),
      small(current.closing.join('\n')),
      blankCell(14),
    ]);
    current = undefined;
  };
  for (const e of [...account.events].sort(compareEvents)) {
    if (e.kind === 'opened') {
      flush();
      current = { opening: e, uses: [], closing: [] };
    } else if (current && e.kind === 'used') current.uses.push(`${formatDateTime(e.at, 'ja')} ${e.who}：${e.detail}`);
    else if (current && e.kind === 'returned') current.closing.push(`${formatDateTime(e.at, 'ja')} 返却 ${e.who}`);
    else if (current && (e.kind === 'resealed' || e.kind === 'retired')) {
      current.closing.push(
        e.kind === 'resealed' ? `${formatDateTime(e.at, 'ja')} 変更・再封印 新封印番号 ${e.newSealNumber}（変更者 ${e.changedBy}）` : `${formatDateTime(e.at, 'ja')} 廃止`,
      );
      flush();
    }
  }
  flush();
  return rows;
}

function blankRows(count: number, label: string): Content[][] {
  return Array.from({ length: count }, () => [blankCell(22), label ? small(label) : blankCell(22), blankCell(22), blankCell(22), blankCell(22), blankCell(22), blankCell(22), blankCell(22), blankCell(22)]);
}

export function buildOpeningLedger(input: LedgerInput): PdfDocument {
  const single = input.accounts.length === 1 ? input.accounts[0] : undefined;
  const recorded = input.withRecords ? input.accounts.flatMap((a) => recordedRows(a, input.incidentNames)) : [];
  const about: Content = single
    ? { text: `対象：${single.label}\u3000保管場所：${single.storagePlace}\u3000現在の封印番号：${single.sealNumber}`, margin: [0, 0, 0, 6] }
    : { text: '対象：すべての非常用アカウント（アカウント名と封印番号を記入）', margin: [0, 0, 0, 6] };
  return buildFramedDocument(
    { ...input.header, documentTitle: LEDGER_TITLE },
    [
      { text: LEDGER_TITLE, style: 'title' },
      { text: HANDLE_WITH_CARE, bold: true, color: FRAME_COLORS.markRed, margin: [0, 0, 0, 4] },
      about,
      { text: '開封したら必ずこの用紙に記入し、インシデント・訓練以外の開封は情報システム担当者へ報告する。復旧後はパスワードを変更し、新しい封筒で再封印する。', fontSize: 8.5, margin: [0, 0, 0, 6] },
      dataTable({ header: HEADER, widths: WIDTHS, rows: [...recorded, ...blankRows(input.blankRows ?? 12, single?.label ?? '')] }),
    ],
    { orientation: 'landscape' },
  );
}
