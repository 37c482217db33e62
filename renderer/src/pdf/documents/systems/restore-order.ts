import type { RestoreOrder } from '../../../domain/systems/restore-order';
import { formatMinutes } from '../../../domain/systems/runbook';
import { section } from '../../blocks';
import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { blankCell, dataTable, framedBox } from '../../table-layouts';
import { kindJa, small, type PrintableSystem, type SystemsPrintHeader } from './common';
import { hoursJa } from './labels';

/** 復旧順序 (R9): the hospital-wide order, with columns to write the actual start and finish by hand. */

export const RESTORE_ORDER_TITLE = '復旧順序';

export interface RestoreOrderInput {
  header: SystemsPrintHeader;
  order: RestoreOrder<PrintableSystem>;
  /** Runbook titles and expected minutes per system id. */
  runbooks: ReadonlyMap<string, readonly { title: string; expectedMinutes: number }[]>;
}

const names = (systems: readonly PrintableSystem[]) => (systems.length > 0 ? systems.map((s) => s.name).join('、') : '—');

function cycleBox(input: RestoreOrderInput): Content | null {
  const { cycles, blocked, unknownPrerequisites } = input.order;
  if (cycles.length === 0 && blocked.length === 0 && unknownPrerequisites.length === 0) return null;
  const blocks: Content[] = [];
  for (const cycle of cycles) {
    const loop = [...cycle.path, cycle.path[0] as PrintableSystem].map((s) => s.name).join(' → ');
    blocks.push({ text: [{ text: '循環：', bold: true }, `${loop}（左のシステムは右のシステムの復旧を前提にしています）`] });
  }
  if (blocked.length > 0) blocks.push({ text: [{ text: '循環のため順序を決められないシステム：', bold: true }, names(blocked.map((b) => b.system))] });
  for (const u of unknownPrerequisites) {
    blocks.push({ text: `${u.system.name}：台帳にない前提システムが ${u.missingIds.length} 件指定されています（復旧手順を修正してください）。` });
  }
  blocks.push({ text: '復旧手順の「前提システム」を見直して循環を解消してください。それまで、下の表に含まれないシステムの順序は責任者が判断してください。', style: 'small' });
  return framedBox(blocks, { title: '⚠ 依存関係に問題があります', fillColor: '#fdecea', margin: [0, 0, 0, 10] });
}

function orderTable(input: RestoreOrderInput): Content {
  const unordered = [...input.order.cycles.flatMap((c) => c.systems), ...input.order.blocked.map((b) => b.system)];
  const rows: Content[][] = [
    ...input.order.order.map((entry) => {
      const s = entry.system;
      const books = input.runbooks.get(s.id) ?? [];
      const raised = entry.effectivePriority < s.restorePriority ? `\n（先に必要なため ${entry.effectivePriority} 扱い）` : '';
      return [
        { text: String(entry.position), alignment: 'right' as const, bold: true },
        small(`${s.restorePriority}${raised}`),
        { stack: [{ text: s.name, bold: true }, small(kindJa(s))] },
        small(names(entry.prerequisites)),
        small(books.length > 0 ? books.map((b) => `${b.title}（${formatMinutes(b.expectedMinutes)}）`).join('\n') : '（手順なし）'),
        small(hoursJa(s.rtoHours)),
        blankCell(16),
        blankCell(16),
        blankCell(16),
      ];
    }),
    ...unordered.map((s) => [
      { text: '—', alignment: 'center' as const, color: '#b3261e' },
      small(String(s.restorePriority)),
      { stack: [{ text: s.name, bold: true }, { text: '循環のため順序未確定', fontSize: 7.5, color: '#b3261e' }] },
      small('—'),
      small(''),
      small(hoursJa(s.rtoHours)),
      blankCell(16),
      blankCell(16),
      blankCell(16),
    ]),
  ];
  if (rows.length === 0) return { text: '（システムはまだ登録されていません）', style: 'muted' };
  return dataTable({
    header: ['順番', '優先度', 'システム', '前提（先に復旧）', '復旧手順（想定時間）', 'RTO', '開始時刻', '完了時刻', '確認者'],
    rows,
    widths: [26, 44, 110, '*', 130, 40, 50, 50, 60],
  });
}

export function buildRestoreOrder(input: RestoreOrderInput): PdfDocument {
  const problems = cycleBox(input);
  const lead = {
    text: '前提システムが先に復旧するよう並べ、同じ条件なら復旧優先度（数字が小さいほど先）、次に名称の順です。開始・完了時刻と確認者は手書きで記入してください。',
    style: 'small',
    margin: [0, 0, 0, 8] as [number, number, number, number],
  };
  return buildFramedDocument(
    { ...input.header, documentTitle: RESTORE_ORDER_TITLE },
    [{ text: RESTORE_ORDER_TITLE, style: 'title' }, lead, ...(problems ? [problems] : []), section('病院全体の復旧順序', orderTable(input))],
    { orientation: 'landscape' },
  );
}
