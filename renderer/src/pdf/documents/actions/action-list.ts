import { ACTION_STATUS_JA, type FollowUpAction } from '../../../domain/actions/follow-up-action';
import { isOverdue } from '../../../domain/actions/action-rules';
import { formatStoredDate } from '../../../domain/date-text';
import type { PrintContext } from '../../../domain/print-context';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { dataTable } from '../../table-layouts';

/** 対応事項一覧: every action (or those the screen's filters show), open first, overdue marked. */

export const ACTION_LIST_TITLE = '対応事項一覧';

export interface ActionListInput {
  header: Omit<PrintContext, 'documentTitle'>;
  actions: readonly FollowUpAction[];
  /** Owner names by contact id. */
  owners: ReadonlyMap<string, string>;
  /** Japanese names of the areas actions come from. */
  sourceNames: Readonly<Record<string, string>>;
  today: string;
  /** What the list was narrowed to, printed under the title (empty: every action). */
  filterText: string;
}

export function buildActionList(input: ActionListInput): PdfDocument {
  const rows = input.actions.map((a, i) => {
    const late = isOverdue(a, input.today);
    const source = a.source ? `${input.sourceNames[a.source.area] ?? a.source.area}${a.source.label ? `：${a.source.label}` : ''}` : '手入力';
    const status = a.status === 'deferred' && a.statusReason ? `${ACTION_STATUS_JA[a.status]}\n（${a.statusReason}）` : ACTION_STATUS_JA[a.status];
    return [
      { text: String(i + 1), alignment: 'right' as const },
      { stack: [{ text: a.title, bold: true }, ...(a.detail ? [{ text: a.detail, fontSize: 8 }] : []), ...(a.changes.length > 0 ? [{ text: `変更する記録：${a.changes.map((c) => c.label).join('、')}`, fontSize: 8 }] : [])] },
      input.owners.get(a.ownerContactId) ?? '—',
      { text: `${a.dueDate ? formatStoredDate(a.dueDate, 'ja') : '—'}${late ? '\n期限切れ' : ''}`, bold: late, color: late ? '#b3261e' : undefined },
      { text: status, fontSize: 8.5 },
      { text: source, fontSize: 8 },
    ];
  });
  const overdue = input.actions.filter((a) => isOverdue(a, input.today)).length;
  return buildFramedDocument({ ...input.header, documentTitle: ACTION_LIST_TITLE }, [
    { text: ACTION_LIST_TITLE, style: 'h1' },
    { text: `${input.actions.length} 件（うち期限切れ ${overdue} 件）${input.filterText ? `\u3000条件：${input.filterText}` : ''}`, margin: [0, 0, 0, 8] },
    input.actions.length > 0
      ? dataTable({ header: ['No.', '件名・内容', '担当', '期限', '状況', 'きっかけ'], rows, widths: [20, '*', 70, 80, 60, 90] })
      : { text: '対応事項はありません。', style: 'muted' },
  ]);
}
