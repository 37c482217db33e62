import { ACCOUNT_STATE_JA } from '../../../domain/accounts/account-state';
import { formatStoredDate } from '../../../domain/date-text';
import { section } from '../../blocks';
import type { Content } from '../../doc-types';
import { buildFramedDocument, FRAME_COLORS, type PdfDocument } from '../../frame';
import { dataTable, keyValueTable } from '../../table-layouts';
import { markupToPdf } from '../paper/markup';
import { HANDLE_WITH_CARE, small, type AccountsPrintHeader, type PrintableAccount } from './common';

/** 非常用アカウント台帳 (R6): every account, where its sealed credential is and who may open it; marked 取扱注意. */

export const REGISTER_TITLE = '非常用アカウント台帳';

const ALERT_JA = { openedWithoutIncident: 'インシデント・訓練なしの開封（未確認）', brokenSeal: '封印の破損（未確認）', checkOverdue: '封印点検の期限切れ' } as const;

export interface RegisterInput {
  header: AccountsPrintHeader;
  accounts: readonly PrintableAccount[];
  /** 'YYYY-MM-DD' the document was printed on (for the reader: alerts are as of this day). */
  today: string;
}

function registerTable(accounts: readonly PrintableAccount[]): Content {
  if (accounts.length === 0) return { text: '（非常用アカウントはまだ登録されていません）', style: 'muted' };
  return dataTable({
    header: ['システム', 'アカウント名・ID', 'できること（範囲・権限）', '使う場面', '保管場所・封印番号', '保管責任者', '開封できる人', '状態・封印の確認'],
    widths: [70, 80, '*', 90, 90, 60, 70, 80],
    rows: accounts.map((a) => [
      { text: a.systemName || '—', bold: true, fontSize: 8.5 },
      { text: a.name, bold: true, fontSize: 8.5 },
      small(a.scope),
      small(a.purpose),
      small(`${a.storagePlace}\n封印番号：${a.sealNumber}`),
      small(a.custodian),
      small(a.openers),
      {
        stack: [
          { text: ACCOUNT_STATE_JA[a.state], bold: true, fontSize: 8.5, color: a.state === 'opened' || a.state === 'inUse' ? FRAME_COLORS.markRed : undefined },
          small(`確認 ${formatStoredDate(a.lastConfirmed, 'ja')}`),
          ...a.alerts.map((k) => ({ text: ALERT_JA[k], fontSize: 7.5, bold: true, color: FRAME_COLORS.markRed })),
        ],
      },
    ]),
  });
}

function procedures(accounts: readonly PrintableAccount[]): Content[] {
  return accounts
    .filter((a) => a.procedure.trim())
    .map((a) => section(`使用手順：${a.systemName}／${a.name}`, { stack: markupToPdf(a.procedure, { fontSize: 9 }) }, { margin: [0, 10, 0, 0] }));
}

export function buildAccountRegister(input: RegisterInput): PdfDocument {
  const counts = keyValueTable(
    [
      ['登録数', `${input.accounts.length} 件（廃止を含む）`],
      ['基準日', formatStoredDate(input.today, 'ja')],
    ],
    { labelWidth: 60, margin: [0, 0, 0, 6] },
  );
  return buildFramedDocument(
    { ...input.header, documentTitle: REGISTER_TITLE },
    [
      { text: REGISTER_TITLE, style: 'title' },
      { text: HANDLE_WITH_CARE, bold: true, color: FRAME_COLORS.markRed, margin: [0, 0, 0, 6] },
      counts,
      registerTable(input.accounts),
      ...procedures(input.accounts.filter((a) => a.state !== 'retired')),
    ],
    { orientation: 'landscape' },
  );
}
