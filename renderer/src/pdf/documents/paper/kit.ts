import type { PrintContext } from '../../../domain/print-context';
import { emergencyLevelName } from '../../../domain/plan/emergency-level';
import type { Content, ContentStack, PageOrientation } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { dataTable, framedBox } from '../../table-layouts';
import { formPages, type SheetRun } from './form';
import { procedureContent, type PrintableProcedure } from './procedure';

/**
 * ダウンタイムキット: everything a department needs to start working on paper, in one PDF — a contents page,
 * its procedures, then its forms in the planned quantities. The whole hospital's kit is every department's kit
 * behind one overall contents page. Built from plain data so a benchmark can build a large kit without a database.
 */

export interface KitDepartment {
  department: string;
  procedures: readonly PrintableProcedure[];
  forms: readonly SheetRun[];
}

export interface KitInput {
  context: Omit<PrintContext, 'documentTitle'>;
  departments: readonly KitDepartment[];
  /** How the quantities were chosen, printed on the contents page (e.g. 「各様式 1部」「7日分」). */
  quantityNote: string;
  /** Titles of every form by id, for the procedures' 「使用する帳票」. */
  formTitles: ReadonlyMap<string, string>;
  /** The facility's emergency levels by id; the defaults' names when absent. */
  levelNames?: ReadonlyMap<string, string>;
}

type PageNode = ContentStack & { pageOrientation?: PageOrientation };

function newPortraitPage(stack: Content[], first: boolean): PageNode {
  return first ? { stack } : { stack, pageBreak: 'before', pageOrientation: 'portrait' };
}

function pagesOf(run: SheetRun): number {
  return run.sheets * run.form.copies;
}

function departmentContents(kit: KitDepartment, quantityNote: string, levelNames: ReadonlyMap<string, string>): Content[] {
  const rows: Content[][] = [
    ...kit.procedures.map((p): Content[] => ['紙運用手順', p.title, { text: levelNames.get(p.level) ?? emergencyLevelName([], p.level), fontSize: 8.5 }, '']),
    ...kit.forms.map((run): Content[] => [
      '帳票',
      run.form.title,
      { text: `${run.sheets.toLocaleString('ja-JP')} 部${run.form.copies > 1 ? ` × ${run.form.copies}枚複写` : ''}（${pagesOf(run).toLocaleString('ja-JP')} 枚）`, alignment: 'right' },
      '',
    ]),
  ];
  if (rows.length === 0) rows.push([{ text: 'この部署の手順・帳票はまだ登録されていません。', colSpan: 4, style: 'muted' }, '', '', '']);
  return [
    { text: 'ダウンタイムキット', fontSize: 12, bold: true, color: '#3b4252' },
    { text: kit.department, fontSize: 22, bold: true, margin: [0, 2, 0, 10] },
    dataTable({ header: ['区分', '名称', '数量・レベル', '確認'], rows, widths: [60, '*', 150, 30], margin: [0, 0, 0, 10] }),
    framedBox(
      [
        {
          ul: [
            `帳票の数量：${quantityNote}。不足したらこのキットの帳票を原本としてコピーしてください。`,
            '手順の「切替の判断」に当たったら、責任者の指示で紙運用を始めます。',
            '記入した帳票は捨てずに保管します（復旧後の事後入力の原本になります）。',
          ],
        },
      ],
      { title: 'このキットの使い方', fillColor: '#fff6db' },
    ),
  ];
}

function departmentPages(kit: KitDepartment, input: KitInput, first: boolean): Content[] {
  const pages: Content[] = [newPortraitPage(departmentContents(kit, input.quantityNote, input.levelNames ?? new Map()), first)];
  for (const procedure of kit.procedures) pages.push(newPortraitPage(procedureContent(procedure, input.formTitles, input.levelNames), false));
  for (const run of kit.forms) pages.push(...formPages(run));
  return pages;
}

export function buildDepartmentKitDocument(input: KitInput & { departments: readonly [KitDepartment] }): PdfDocument {
  const [kit] = input.departments;
  return buildFramedDocument({ ...input.context, documentTitle: `ダウンタイムキット ${kit.department}` }, departmentPages(kit, input, true));
}

function hospitalContents(input: KitInput): Content[] {
  const rows = input.departments.map((kit): Content[] => [
    kit.department,
    { text: `${kit.procedures.length} 件`, alignment: 'right' },
    { text: kit.forms.map((f) => f.form.title).join('、') || '—', fontSize: 8.5 },
    { text: `${kit.forms.reduce((sum, run) => sum + pagesOf(run), 0).toLocaleString('ja-JP')} 枚`, alignment: 'right' },
  ]);
  const table = dataTable({ header: ['部署', '手順', '帳票', '帳票の枚数'], rows, widths: [90, 36, '*', 60], margin: [0, 0, 0, 10] });
  // A department's list of form titles has no length limit: let its row continue rather than be dropped.
  table.table.dontBreakRows = false;
  return [
    { text: '病院全体 ダウンタイムキット', fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
    { text: `帳票の数量：${input.quantityNote}`, margin: [0, 0, 0, 10] },
    table,
    { text: '部署ごとに切り分けて配布してください。各部署の最初のページが、その部署の目次です。', style: 'small' },
  ];
}

/** The whole hospital's kit as one document (also the benchmark's 100-page figure). */
export function buildHospitalKitDocument(input: KitInput): PdfDocument {
  const pages: Content[] = [newPortraitPage(hospitalContents(input), true)];
  for (const kit of input.departments) pages.push(...departmentPages(kit, input, false));
  return buildFramedDocument({ ...input.context, documentTitle: '病院全体 ダウンタイムキット' }, pages);
}
