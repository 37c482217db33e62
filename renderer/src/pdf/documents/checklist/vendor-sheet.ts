import type { ChecklistItem, ChecklistSetFields } from '../../../domain/checklist/item-set';
import { warekiOf } from '../../../domain/checklist/fiscal-year';
import { ANSWER_JA } from '../../../domain/checklist/answer';
import type { VendorSheetFields } from '../../../domain/checklist/vendor-sheet';
import type { PrintContext } from '../../../domain/print-context';
import { section } from '../../blocks';
import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { blankCell, dataTable, keyValueTable } from '../../table-layouts';
import { UNVERIFIED_JA } from './checklist-sheet';

/**
 * 事業者確認用: the sheet a hospital sends to one vendor, with the hospital, the vendor and the 年度 already filled in,
 * answer columns left blank for the vendor — or, once returned, with the vendor's answers as recorded.
 */

export interface VendorSheetPrintInput {
  header: Omit<PrintContext, 'documentTitle'>;
  set: Pick<ChecklistSetFields, 'title' | 'sections' | 'items'>;
  fiscalYearLabel: string;
  vendor: { organisation: string; name: string };
  sheet?: Pick<VendorSheetFields, 'sentOn' | 'receivedOn' | 'answers'>;
}

export function vendorSheetTitle(organisation: string): string {
  return `事業者確認用チェックリスト（${organisation || '事業者'}）`;
}

function rows(input: VendorSheetPrintInput, items: readonly ChecklistItem[]): Content {
  const answers = new Map((input.sheet?.answers ?? []).map((a) => [a.itemId, a]));
  return dataTable({
    header: ['番号', '項目', 'はい・いいえ', '備考'],
    widths: [32, '*', 70, 130],
    rows: items.map((item) => {
      const a = answers.get(item.id);
      return [
        { text: item.number, fontSize: 8.5 },
        {
          stack: [
            { text: item.text, fontSize: 8.5 },
            ...(item.deadline ? [{ text: `期限：${item.deadline}`, fontSize: 7, bold: true }] : []),
            ...(item.unverified ? [{ text: `※${UNVERIFIED_JA}`, fontSize: 7, color: '#b3261e' }] : []),
          ],
        },
        a?.answer ? { text: ANSWER_JA[a.answer], alignment: 'center', bold: true } : { text: 'はい ・ いいえ', alignment: 'center', color: '#5b626d', fontSize: 8.5 },
        a?.note ? { text: a.note, fontSize: 7.5 } : blankCell(14),
      ];
    }),
  });
}

export function buildVendorSheet(input: VendorSheetPrintInput): PdfDocument {
  const title = vendorSheetTitle(input.vendor.organisation);
  const vendor = [input.vendor.organisation, input.vendor.name ? `${input.vendor.name} 様` : ''].filter(Boolean).join(' ');
  const intro = keyValueTable(
    [
      ['宛先', vendor || '—'],
      ['医療機関', input.header.facilityName],
      ['年度', input.fiscalYearLabel],
      ['送付日', input.sheet?.sentOn ? warekiOf(input.sheet.sentOn) : '　　年　　月　　日'],
      ['回答受領日', input.sheet?.receivedOn ? warekiOf(input.sheet.receivedOn) : '（医療機関記入）'],
      ['お願い', { text: `当院の医療情報システムについて、貴社が保守・管理している範囲で各項目に「はい」「いいえ」をご記入のうえ、ご返送ください。「※${UNVERIFIED_JA}」の項目は公表版の文言もあわせてご確認ください。`, fontSize: 8.5 }],
    ],
    { labelWidth: 64, margin: [0, 0, 0, 8] },
  );
  const sections = input.set.sections.flatMap((s) => {
    const items = input.set.items.filter((i) => i.section === s.id);
    return items.length === 0 ? [] : [section(s.title, rows(input, items), { margin: [0, 0, 0, 6] })];
  });
  const signature = keyValueTable(
    [
      ['記入日', blankCell(14)],
      ['記入者（所属・氏名）', blankCell(14)],
    ],
    { labelWidth: 110, margin: [0, 10, 0, 0] },
  );
  return buildFramedDocument({ ...input.header, documentTitle: title }, [{ text: input.set.title, style: 'title', fontSize: 14 }, intro, ...sections, signature]);
}
