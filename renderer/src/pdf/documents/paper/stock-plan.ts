import type { PrintContext } from '../../../domain/print-context';
import type { StockPlan } from '../../../domain/paper/stock-plan';
import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { dataTable } from '../../table-layouts';

/** 帳票の備蓄計画: how many sheets of each form to keep printed, with a column to tick when they are ready. */

const n = (value: number) => value.toLocaleString('ja-JP');

export function buildStockPlanDocument(context: Omit<PrintContext, 'documentTitle'>, plan: StockPlan): PdfDocument {
  const rows: Content[][] = plan.lines.map((line) => [
    line.title,
    line.place,
    { text: n(line.formsPerDay), alignment: 'right' },
    { text: n(line.sheets), alignment: 'right' },
    { text: line.packs === null ? 'ばら' : `${n(line.packs)} 冊（${n(line.packSize)}枚綴）`, alignment: 'right' },
    { text: n(line.sheetsToKeep), alignment: 'right', bold: true },
    '',
  ]);
  if (rows.length === 0) rows.push([{ text: '1日の使用数が登録された帳票はありません。', colSpan: 7, style: 'muted' }, '', '', '', '', '', '']);
  const content: Content[] = [
    { text: '帳票の備蓄計画', style: 'title' },
    { text: `想定する紙運用の期間：${n(plan.days)} 日間\u3000\u3000準備する枚数の合計：${n(plan.sheetsToKeep)} 枚`, bold: true, margin: [0, 0, 0, 8] },
    dataTable({
      header: ['帳票', '保管場所', '1日の使用数', '必要枚数（複写含む）', '包装単位', '準備する枚数', '準備済'],
      rows,
      widths: ['*', 80, 48, 62, 78, 58, 34],
    }),
    {
      text: '必要枚数 = 1日の使用数 × 日数（端数は切り上げ）× 複写枚数。包装単位があるものは冊・束の単位に切り上げています。',
      style: 'small',
      margin: [0, 6, 0, 0],
    },
  ];
  return buildFramedDocument({ ...context, documentTitle: '帳票の備蓄計画' }, content, { orientation: 'landscape' });
}
