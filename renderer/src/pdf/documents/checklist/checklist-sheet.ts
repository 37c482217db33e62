import { ANSWER_JA, currentAnswer, type AnswerRound, type ChecklistAnswerFields } from '../../../domain/checklist/answer';
import { warekiOf } from '../../../domain/checklist/fiscal-year';
import type { ChecklistItem, ChecklistSetFields } from '../../../domain/checklist/item-set';
import type { PrintContext } from '../../../domain/print-context';
import { section } from '../../blocks';
import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { dataTable, keyValueTable } from '../../table-layouts';

/**
 * The guideline self-assessment for inspection (立入検査), 和暦 throughout: the checklist as the familiar grid, the
 * BCP 確認表 by phase with the workbook's evidence, or R1–R18 as requirement → where in the workbook → status. The
 * set's `layout` picks which.
 */

export const UNVERIFIED_JA = '公表版との照合が必要';

export interface ChecklistPrintInput {
  header: Omit<PrintContext, 'documentTitle'>;
  set: Pick<ChecklistSetFields, 'title' | 'source' | 'layout' | 'sections' | 'items'>;
  /** 「令和8年度（2026年度）」 */
  fiscalYearLabel: string;
  answers: ReadonlyMap<string, Pick<ChecklistAnswerFields, 'first' | 'second' | 'targetDate' | 'note' | 'evidence'>>;
  /** Evidence findings by item id, already in words (phases and cross-reference). */
  findings: ReadonlyMap<string, readonly string[]>;
  /** Menu-area names by item id (cross-reference). */
  places: ReadonlyMap<string, readonly string[]>;
}

const small = (text: string): Content => ({ text: text || '—', fontSize: 7.5 });

function itemCell(item: ChecklistItem): Content {
  const extra: Content[] = [];
  if (item.target) extra.push({ text: `対象：${item.target}`, fontSize: 7, color: '#5b626d' });
  if (item.deadline) extra.push({ text: `期限：${item.deadline}`, fontSize: 7, bold: true });
  if (item.unverified) extra.push({ text: `※${UNVERIFIED_JA}`, fontSize: 7, color: '#b3261e' });
  if (item.edited) extra.push({ text: '※施設で文言を変更', fontSize: 7, color: '#5b626d' });
  return { stack: [{ text: item.text, fontSize: 8.5 }, ...extra] };
}

function roundCells(round: AnswerRound | undefined): Content[] {
  if (!round?.answer) return [{ text: 'はい・いいえ', fontSize: 7.5, color: '#9aa0a8', alignment: 'center' }, small('')];
  return [{ text: ANSWER_JA[round.answer], bold: round.answer === 'no', alignment: 'center', fontSize: 8.5 }, small(warekiOf(round.checkedOn))];
}

function gridBody(input: ChecklistPrintInput, items: readonly ChecklistItem[]): Content {
  const rows = items.map((item) => {
    const a = input.answers.get(item.id);
    return [
      { text: item.number, fontSize: 8.5 },
      itemCell(item),
      ...roundCells(a?.first),
      ...roundCells(a?.second),
      small(currentAnswer(a) === 'no' ? warekiOf(a?.targetDate ?? '') : ''),
      small(a?.note ?? ''),
    ];
  });
  return dataTable({ header: ['番号', '項目', '1回目', '確認日', '2回目', '確認日', '目標日', '備考'], rows, widths: [30, '*', 48, 60, 48, 60, 60, 80] });
}

function answerSummary(a: Pick<ChecklistAnswerFields, 'first' | 'second' | 'targetDate'> | undefined): Content {
  const value = currentAnswer(a);
  if (!a || value === '') return { text: '未回答', fontSize: 8, color: '#5b626d' };
  const round = a.second.answer ? a.second : a.first;
  return {
    stack: [
      { text: ANSWER_JA[value], bold: value === 'no', fontSize: 8.5 },
      small(warekiOf(round.checkedOn)),
      ...(value === 'no' && a.targetDate ? [{ text: `目標日 ${warekiOf(a.targetDate)}`, fontSize: 7.5 }] : []),
    ],
  };
}

function evidenceCell(input: ChecklistPrintInput, itemId: string): Content {
  const findings = input.findings.get(itemId) ?? [];
  const links = input.answers.get(itemId)?.evidence ?? [];
  const lines = [...findings, ...links.map((l) => `記録：${l.label || l.recordId}`)];
  if (lines.length === 0) return small('');
  return { stack: lines.map((l) => ({ text: `・${l}`, fontSize: 7.5 })) };
}

function phasesBody(input: ChecklistPrintInput, items: readonly ChecklistItem[]): Content {
  const rows = items.map((item) => [{ text: item.number, fontSize: 8.5 }, itemCell(item), answerSummary(input.answers.get(item.id)), evidenceCell(input, item.id)]);
  return dataTable({ header: ['項番', '確認項目', '回答', '根拠（ワークブックの記録）'], rows, widths: [40, '*', 80, 220] });
}

function crossReferenceBody(input: ChecklistPrintInput, items: readonly ChecklistItem[]): Content {
  const rows = items.map((item) => [
    { text: item.number, bold: true, fontSize: 8.5 },
    small(item.source),
    itemCell(item),
    { stack: [{ text: (input.places.get(item.id) ?? []).join('、') || '—', fontSize: 8 }, evidenceCell(input, item.id)] },
    answerSummary(input.answers.get(item.id)),
  ]);
  return dataTable({ header: ['要件', 'ガイドライン等', '要件（要約）', 'ワークブックの該当箇所と根拠', '状況'], rows, widths: [28, 90, '*', 200, 70] });
}

export function buildChecklistSheet(input: ChecklistPrintInput): PdfDocument {
  const body = input.set.layout === 'grid' ? gridBody : input.set.layout === 'phases' ? phasesBody : crossReferenceBody;
  const unverified = input.set.items.some((i) => i.unverified);
  const intro = keyValueTable(
    [
      ['施設名', input.header.facilityName],
      ['年度', input.fiscalYearLabel],
      ['出典', { text: input.set.source || '—', fontSize: 8 }],
      ...(unverified ? ([['注意', { text: `「※${UNVERIFIED_JA}」の項目は、当院の文言・番号が公表版と照合されていません。検査の前に公表版で確認してください。`, fontSize: 8 }]] as const) : []),
    ],
    { labelWidth: 50, margin: [0, 0, 0, 8] },
  );
  // R1–R18 read in their own order (an inspector looks a requirement up by its number); the sheets go section by section.
  const sections = input.set.layout === 'crossReference' ? [section('要件とワークブックの対応', body(input, input.set.items))] : input.set.sections.flatMap((s) => {
    const items = input.set.items.filter((i) => i.section === s.id);
    return items.length === 0 ? [] : [section(s.title, body(input, items), { margin: [0, 0, 0, 6] })];
  });
  return buildFramedDocument({ ...input.header, documentTitle: input.set.title }, [{ text: input.set.title, style: 'title', fontSize: 15 }, intro, ...sections], { orientation: 'landscape' });
}
