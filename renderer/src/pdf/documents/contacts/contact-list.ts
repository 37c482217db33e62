import { CONTACT_KIND_JA, contactKinds, PHONE_LABEL_JA, sortContacts, type ContactFields } from '../../../domain/contacts/contact';
import type { PrintContext } from '../../../domain/print-context';
import { heading } from '../../blocks';
import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { dataTable } from '../../table-layouts';

/** 緊急連絡先一覧: every contact, grouped by kind, 五十音 order, every number with its label, last verified date. */

export const CONTACT_LIST_TITLE = '緊急連絡先一覧';

export type PrintableContact = Pick<
  ContactFields,
  'kind' | 'name' | 'furigana' | 'organisation' | 'department' | 'role' | 'phones' | 'email' | 'availability' | 'lastVerifiedAt'
>;

export interface ContactListInput {
  context: Omit<PrintContext, 'documentTitle'>;
  contacts: readonly PrintableContact[];
}

export const NOT_ENTERED = '未登録';
export const UNVERIFIED = '未確認';
/** After a number an import kept as written: on paper too, nobody should dial it without checking. */
export const KEPT_AS_WRITTEN = '（要確認）';

/** 「外線 03-1234-5678」 lines; an empty number prints as 未登録 so the gap is visible on paper. */
export function phoneLines(contact: Pick<PrintableContact, 'phones'>): Content {
  if (contact.phones.length === 0) return { text: NOT_ENTERED, color: '#b3261e' };
  return {
    stack: contact.phones.map((p) => ({
      columns: [
        { width: 52, text: PHONE_LABEL_JA[p.label], style: 'small', margin: [0, 1, 0, 0] },
        p.number
          ? { width: '*', text: p.asWritten ? [p.number, { text: KEPT_AS_WRITTEN, color: '#b3261e', fontSize: 8 }] : p.number, bold: true }
          : { width: '*', text: NOT_ENTERED, color: '#b3261e' },
      ],
      columnGap: 4,
    })),
  };
}

function nameCell(c: PrintableContact): Content {
  return { stack: [{ text: c.name, bold: true }, ...(c.furigana ? [{ text: c.furigana, style: 'small' }] : [])] };
}

function organisationCell(c: PrintableContact): Content {
  const lines: Content[] = [];
  if (c.organisation) lines.push(c.organisation);
  const sub = [c.department, c.role].filter(Boolean).join('・');
  if (sub) lines.push(sub);
  if (c.availability) lines.push({ text: c.availability, style: 'small' });
  if (c.email) lines.push({ text: c.email, style: 'small' });
  return lines.length > 0 ? { stack: lines } : '';
}

function groupTable(contacts: readonly PrintableContact[]): Content {
  return dataTable({
    header: ['名前', '所属・部署・役職', '電話番号', '最終確認日'],
    widths: [110, 140, '*', 62],
    rows: sortContacts(contacts).map((c) => [
      nameCell(c),
      organisationCell(c),
      phoneLines(c),
      c.lastVerifiedAt ? { text: c.lastVerifiedAt, fontSize: 9 } : { text: UNVERIFIED, color: '#b3261e', bold: true },
    ]),
  });
}

export function buildContactList(input: ContactListInput): PdfDocument {
  const content: Content[] = [{ text: CONTACT_LIST_TITLE, style: 'title' }];
  if (input.contacts.length === 0) content.push({ text: '（連絡先はまだ登録されていません）', style: 'muted' });
  for (const kind of contactKinds) {
    const group = input.contacts.filter((c) => c.kind === kind);
    if (group.length === 0) continue;
    content.push(heading(`${CONTACT_KIND_JA[kind]}（${group.length} 件）`, 'h1'), groupTable(group));
  }
  content.push({
    text: '番号が変わったら、ワークブックを更新して再印刷してください。「未確認」の番号は使う前に確かめてください。',
    style: 'small',
    margin: [0, 10, 0, 0],
  });
  return buildFramedDocument({ ...input.context, documentTitle: CONTACT_LIST_TITLE }, content);
}
