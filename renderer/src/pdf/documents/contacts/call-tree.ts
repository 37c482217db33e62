import type { CallTreeFields } from '../../../domain/contacts/call-tree';
import type { PrintContext } from '../../../domain/print-context';
import { heading } from '../../blocks';
import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { framedBox, keyValueTable } from '../../table-layouts';
import { phoneLines, type PrintableContact } from './contact-list';

/**
 * 連絡網 printed as a tree: each level is a box (the contact, their numbers, what to tell them), its fallbacks hang
 * below it, and an arrow leads to the next level. A tick box and a time field per person let the caller record
 * the calls on the paper itself.
 */

export const CALL_TREE_TITLE = '連絡網';
export const MISSING_CONTACT = '（削除された連絡先）';

export interface CallTreeInput {
  context: Omit<PrintContext, 'documentTitle'>;
  trees: readonly Pick<CallTreeFields, 'name' | 'trigger' | 'levels' | 'notes'>[];
  contactsById: ReadonlyMap<string, PrintableContact>;
}

function personBlock(contact: PrintableContact | undefined, prefix: string): Content {
  if (!contact) return { text: `${prefix}${MISSING_CONTACT}`, color: '#b3261e' };
  const detail = [contact.organisation, contact.department, contact.role].filter(Boolean).join('・');
  return {
    columns: [
      {
        width: '*',
        stack: [
          { text: [{ text: prefix, style: 'small' }, { text: contact.name, bold: true }] },
          ...(detail ? [{ text: detail, style: 'small' }] : []),
          ...(contact.availability ? [{ text: contact.availability, style: 'small' }] : []),
        ],
      },
      { width: 190, stack: [phoneLines(contact)] },
      { width: 78, text: '□ 連絡済\n　　：　　', style: 'small', margin: [0, 2, 0, 0] },
    ],
    columnGap: 8,
  };
}

function levelBox(tree: CallTreeInput['trees'][number], index: number, contacts: CallTreeInput['contactsById']): Content[] {
  const level = tree.levels[index];
  if (!level) return [];
  const blocks: Content[] = [personBlock(contacts.get(level.contactId), '')];
  if (level.note) blocks.push({ text: `伝えること・すること：${level.note}`, fontSize: 9 });
  level.fallbacks.forEach((fallback, j) => {
    blocks.push({ stack: [personBlock(contacts.get(fallback.contactId), `不在時 ${j + 1}：`)], margin: [18, 2, 0, 0] });
  });
  const box = framedBox(blocks, { title: `第${index + 1}段階` });
  const isLast = index === tree.levels.length - 1;
  return [box, ...(isLast ? [] : [{ text: '▼ 次の段階へ連絡', alignment: 'center' as const, bold: true, margin: [0, 3, 0, 3] as [number, number, number, number] }])];
}

function treeContent(tree: CallTreeInput['trees'][number], contacts: CallTreeInput['contactsById'], first: boolean): Content[] {
  return [
    { ...(heading(`${CALL_TREE_TITLE}：${tree.name}`, 'h1') as object), ...(first ? {} : { pageBreak: 'before' as const }) } as Content,
    keyValueTable([['発動条件', tree.trigger || '（未設定）']], { labelWidth: 70, margin: [0, 0, 0, 8] }),
    ...tree.levels.flatMap((_, i) => levelBox(tree, i, contacts)),
    ...(tree.notes ? [{ text: `備考：${tree.notes}`, margin: [0, 8, 0, 0] as [number, number, number, number] }] : []),
  ];
}

export function buildCallTrees(input: CallTreeInput): PdfDocument {
  const content: Content[] =
    input.trees.length === 0 ? [{ text: '（連絡網はまだ登録されていません）', style: 'muted' }] : input.trees.flatMap((tree, i) => treeContent(tree, input.contactsById, i === 0));
  const title = input.trees.length === 1 && input.trees[0] ? `${CALL_TREE_TITLE}（${input.trees[0].name}）` : CALL_TREE_TITLE;
  return buildFramedDocument({ ...input.context, documentTitle: title }, content);
}
