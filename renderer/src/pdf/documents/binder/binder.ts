import { binderOutline, type BinderEdition, type OutlineSection } from '../../../domain/binder/outline';
import { PRINT_EDITION_JA } from '../../../domain/distribution/printed-copy';
import type { FacilityFields } from '../../../domain/facility';
import { planVersionLabel, type PlanVersion } from '../../../domain/plan/plan-version';
import { formatPrintDate } from '../../../domain/wareki';
import type { Content, ContentText, PageOrientation } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { blankCell, dataTable, framedBox, keyValueTable } from '../../table-layouts';
import { revisionHistoryTable } from '../plan/plan';

/**
 * BCP 冊子: the whole plan as one PDF. Cover, approval page, contents with the pages each part lands on (pdfmake's
 * toc), the areas' own documents grouped under the ひな形 chapters, and the revision history. The areas' documents
 * come in already built by their own builders; this only puts them in order and starts each on a new page in its
 * own orientation, under the one page frame of the binder.
 */

export const BINDER_TITLE = 'BCP 冊子';

/**
 * Points the chapter and section headings take above a section's first page: a document sized to fill its page (the
 * network diagram) keeps this much free so it stays on the page its heading is on.
 */
export const BINDER_HEADINGS_HEIGHT = 64;

export interface BinderSectionDocuments extends OutlineSection {
  chapterTitle: string;
  title: string;
  /** The section's documents as its area prints them (e.g. one per procedure); none prints 「登録はありません」. */
  documents: readonly PdfDocument[];
}

export interface BinderInput {
  facility: Pick<FacilityFields, 'name' | 'address' | 'confidentialityLabel'>;
  edition: BinderEdition;
  /** The department of a 部署別 binder. */
  department?: string;
  /** Workbook revision or app version (版). */
  version: string;
  /** The plan version in force (approved), if any, and every version newest first for the revision history. */
  plan: { inForce?: PlanVersion; history: readonly PlanVersion[] };
  printedAt: Date;
  demo: boolean;
  sections: readonly BinderSectionDocuments[];
}

/** The binder's own title, as on the cover, in the page header and in the file name. */
export function binderTitle(edition: BinderEdition, department?: string): string {
  return edition === 'department' ? `${BINDER_TITLE}（部署別：${department ?? ''}）` : `${BINDER_TITLE}（${PRINT_EDITION_JA[edition]}）`;
}

const EDITION_NOTE: Record<BinderEdition, string> = {
  admin: '管理者版：全ての章を収録しています。ネットワーク構成図・非常用アカウントなど攻撃の手がかりになる情報を含むため、施錠できる場所に保管し、配布しないでください。',
  // Names nothing it leaves out: a staff copy should not even point at what is kept elsewhere.
  staff: '職員配布版：攻撃の手がかりになる情報（システム構成の詳細、アカウントの保管場所など）は収録していません。管理者版は情報システム担当が保管しています。',
  department: '部署別：この部署の紙運用手順・帳票、連絡網とそこに載る連絡先、非常時レベルを収録しています。',
};

const NONE = '（登録はありません）';
const NOT_APPROVED = '承認された版はまだありません。この冊子の内容は承認前のものです。';
const BLANK_DATE = '　　年　　月　　日';

function approver(version: PlanVersion | undefined): string {
  const a = version?.approval;
  return a ? `${a.approverName}${a.approverRole ? `（${a.approverRole}）` : ''}` : '';
}

function cover(input: BinderInput): Content[] {
  const { facility, plan } = input;
  return [
    { text: '医療情報システム', fontSize: 16, bold: true, alignment: 'center', color: '#3b4252', margin: [0, 60, 0, 0] },
    { text: '事業継続計画（BCP）', fontSize: 26, bold: true, alignment: 'center', margin: [0, 4, 0, 0] },
    { text: binderTitle(input.edition, input.department), fontSize: 18, bold: true, alignment: 'center', margin: [0, 14, 0, 0] },
    { canvas: [{ type: 'line', x1: 140, y1: 12, x2: 375, y2: 12, lineWidth: 1.2, lineColor: '#3b4252' }] },
    { text: facility.name, fontSize: 22, bold: true, alignment: 'center', margin: [0, 30, 0, 0] },
    ...(facility.address ? [{ text: facility.address, fontSize: 11, alignment: 'center' as const, margin: [0, 4, 0, 0] as [number, number, number, number] }] : []),
    keyValueTable(
      [
        ['計画の版', plan.inForce ? planVersionLabel(plan.inForce) : '（承認された版はありません）'],
        ['版の種類', { text: input.edition === 'department' ? `部署別（${input.department ?? ''}）` : PRINT_EDITION_JA[input.edition], bold: true }],
        ['印刷日', formatPrintDate(input.printedAt)],
        ['保管場所', blankCell(18)],
      ],
      { labelWidth: 80, margin: [60, 50, 60, 16] },
    ),
    framedBox([{ text: EDITION_NOTE[input.edition] }], { fillColor: '#fff6db', margin: [60, 0, 60, 0] }),
  ];
}

/** 承認欄: the version in force with its approval, and boxes to stamp when the paper copy is checked. */
function approvalPage(input: BinderInput): Content[] {
  const version = input.plan.inForce;
  const a = version?.approval;
  const rows: [string, Content][] = version
    ? [
        ['計画の版', { text: `第${version.version}版`, bold: true }],
        ['承認日', a?.approvedOn ?? '—'],
        ['承認者', approver(version) || '—'],
        ['会議・文書', a?.reference || '—'],
        ['改訂の概要', version.summary || '—'],
      ]
    : [['計画の版', { text: NOT_APPROVED, bold: true, color: '#b3261e' }]];
  const stamp = (name: string, date: string): Content[] => [
    { text: name || ' ', alignment: 'center', fontSize: 9 },
    blankCell(56),
    { text: date, alignment: 'center', fontSize: 9 },
  ];
  const columns = [stamp(approver(version), a?.approvedOn ?? BLANK_DATE), stamp('', BLANK_DATE), stamp('', BLANK_DATE)];
  return [
    { text: '承認', style: 'title', pageBreak: 'before', pageOrientation: 'portrait' },
    keyValueTable(rows, { labelWidth: 80, margin: [0, 0, 0, 16] }),
    dataTable({
      header: ['承認', '確認', '作成'],
      rows: [0, 1, 2].map((row) => columns.map((c) => c[row] ?? '')),
      widths: ['*', '*', '*'],
      margin: [90, 0, 90, 10],
    }),
    { text: 'この冊子を印刷して保管するときは、確認者・作成者が押印し、古い版を回収してください。', style: 'small', alignment: 'center' },
  ];
}

function contentsPage(): Content {
  return {
    toc: { title: { text: '目次', style: 'title' }, numberStyle: { bold: true } },
    pageBreak: 'before',
    pageOrientation: 'portrait',
  };
}

/** A line of the table of contents: the text as printed where the part starts. */
export interface BinderTocEntry {
  level: 'chapter' | 'section';
  text: string;
}

function chapterHeading(number: number, title: string): string {
  return `第${number}章\u3000${title}`;
}

function startOn(orientation: PageOrientation): Pick<ContentText, 'pageBreak' | 'pageOrientation'> {
  return { pageBreak: 'before', pageOrientation: orientation };
}

/** The pages of one section: its heading (and its chapter's, when first) on the first document's first page. */
function sectionPages(section: BinderSectionDocuments, chapterTitle: string | null): Content[] {
  const [first, ...rest] = section.documents;
  const orientation = first?.pageOrientation ?? 'portrait';
  const headings: Content[] = [
    ...(chapterTitle ? [{ text: chapterTitle, fontSize: 16, bold: true, color: '#3b4252', tocItem: true, tocStyle: { bold: true }, tocMargin: [0, 6, 0, 0] as [number, number, number, number], margin: [0, 0, 0, 6] as [number, number, number, number] }] : []),
    { text: section.title, style: 'h1', tocItem: true, tocMargin: [16, 2, 0, 0], margin: [0, 0, 0, 8] },
  ];
  headings[0] = { ...(headings[0] as ContentText), ...startOn(orientation) };
  return [
    ...headings,
    first ? first.content : { text: NONE, style: 'muted' },
    ...rest.map((doc): Content => ({ stack: [doc.content], ...startOn(doc.pageOrientation) })),
  ];
}

/** The chapters and sections of the edition, in print order, as the table of contents lists them. */
export function binderTocEntries(input: Pick<BinderInput, 'sections' | 'edition'>): BinderTocEntry[] {
  return [
    ...binderOutline(input.sections, input.edition).flatMap((chapter, i): BinderTocEntry[] => [
      { level: 'chapter', text: chapterHeading(i + 1, chapter.sections[0]?.chapterTitle ?? '') },
      ...chapter.sections.map((s): BinderTocEntry => ({ level: 'section', text: s.title })),
    ]),
    { level: 'chapter', text: REVISION_HEADING },
  ];
}

const REVISION_HEADING = '改訂履歴';

export function buildBinder(input: BinderInput): PdfDocument {
  const chapters = binderOutline(input.sections, input.edition);
  const body = chapters.flatMap((chapter, i) =>
    chapter.sections.flatMap((section, j) => sectionPages(section, j === 0 ? chapterHeading(i + 1, section.chapterTitle) : null)),
  );
  const history: Content[] = [
    { text: REVISION_HEADING, fontSize: 16, bold: true, color: '#3b4252', tocItem: true, tocStyle: { bold: true }, tocMargin: [0, 6, 0, 0], margin: [0, 0, 0, 8], ...startOn('portrait') },
    input.plan.history.length > 0 ? revisionHistoryTable(input.plan.history) : { text: NONE, style: 'muted' },
  ];
  // A section built from sample records marks the whole binder, like the cover sheet does.
  const demo = input.demo || chapters.some((c) => c.sections.some((s) => s.documents.some((d) => d.frame.demo)));
  return buildFramedDocument(
    {
      facilityName: input.facility.name,
      documentTitle: binderTitle(input.edition, input.department),
      version: input.version,
      planVersion: planVersionLabel(input.plan.inForce),
      printedAt: input.printedAt,
      confidentialityLabel: input.facility.confidentialityLabel,
      demo,
    },
    [...cover(input), ...approvalPage(input), contentsPage(), ...body, ...history],
    { subject: `${input.facility.name} 医療情報システム 事業継続計画 ${binderTitle(input.edition, input.department)}` },
  );
}
