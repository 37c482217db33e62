import { emergencyLevelName } from '../../../domain/plan/emergency-level';
import { type Procedure, type ProcedureStep } from '../../../domain/paper/procedure';
import type { PrintContext } from '../../../domain/print-context';
import { heading, section } from '../../blocks';
import type { Content, ContentTable } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { dataTable, keyValueTable } from '../../table-layouts';
import { markupToPdf } from './markup';

/** 紙運用手順書: one department procedure on paper, the way staff read it when the screens are dark. */

export type PrintableProcedure = Pick<
  Procedure,
  'department' | 'title' | 'level' | 'trigger' | 'steps' | 'supplies' | 'formIds' | 'backEntrySteps' | 'paperOriginal' | 'returnSteps'
>;

const NOT_WRITTEN = '（未記入）';

function markupOrBlank(text: string): Content {
  const blocks = markupToPdf(text);
  return blocks.length > 0 ? { stack: blocks } : { text: NOT_WRITTEN, style: 'muted' };
}

function stepsTable(steps: readonly ProcedureStep[], checkLabel: string): Content {
  if (steps.length === 0) return { text: NOT_WRITTEN, style: 'muted' };
  const table: ContentTable = dataTable({
    header: ['No.', '担当', '内容', checkLabel],
    rows: steps.map((step, i) => [
      { text: String(i + 1), alignment: 'right' },
      { text: step.role || '—', bold: true },
      { stack: markupToPdf(step.text) },
      '',
    ]),
    widths: [22, 80, '*', 36],
  });
  // A long step must be able to continue on the next page (pdfmake drops an unbreakable row taller than a page).
  table.table.dontBreakRows = false;
  return table;
}

/** The procedure's content, for its own document and for downtime kits. */
/** `levelNames`: the facility's emergency levels by id (emergencyLevelNames); the defaults' names when absent. */
export function procedureContent(procedure: PrintableProcedure, formTitles: ReadonlyMap<string, string>, levelNames: ReadonlyMap<string, string> = new Map()): Content[] {
  const forms = procedure.formIds.map((id) => formTitles.get(id)).filter((t): t is string => t !== undefined);
  const gap: [number, number, number, number] = [0, 0, 0, 10];
  return [
    heading(procedure.title, 'h1', [0, 0, 0, 6]),
    // Only one-line values in the label table: its rows never split, and pdfmake drops a row taller than a page.
    keyValueTable(
      [
        ['部署', procedure.department],
        ['発動レベル', { text: levelNames.get(procedure.level) ?? emergencyLevelName([], procedure.level), bold: true }],
      ],
      { labelWidth: 80, margin: gap },
    ),
    section('切替の判断', markupOrBlank(procedure.trigger), { margin: gap }),
    section('紙運用の手順', stepsTable(procedure.steps, '済'), { margin: gap }),
    section('必要物品', markupOrBlank(procedure.supplies), { margin: gap }),
    section('使用する帳票', forms.length > 0 ? { ul: forms } : { text: NOT_WRITTEN, style: 'muted' }, { margin: gap }),
    section('事後入力（復旧後）', stepsTable(procedure.backEntrySteps, '済'), { margin: gap }),
    section('紙の原本の保管', markupOrBlank(procedure.paperOriginal), { margin: gap }),
    section('通常運用への復帰', stepsTable(procedure.returnSteps, '済')),
  ];
}

export function buildProcedureDocument(
  context: Omit<PrintContext, 'documentTitle'>,
  procedure: PrintableProcedure,
  formTitles: ReadonlyMap<string, string>,
  levelNames: ReadonlyMap<string, string> = new Map(),
): PdfDocument {
  return buildFramedDocument({ ...context, documentTitle: `紙運用手順 ${procedure.department}` }, procedureContent(procedure, formTitles, levelNames));
}
