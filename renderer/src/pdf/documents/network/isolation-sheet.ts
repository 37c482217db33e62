import { ISOLATION_STAGE_JA, type PlannedCut } from '../../../domain/network/isolation';
import { cutPlace, cutSteps, OUTSIDE_KIND_JA, type NetworkLink } from '../../../domain/network/link';
import type { PrintContext } from '../../../domain/print-context';
import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { blankCell, dataTable } from '../../table-layouts';

/** 遮断チェックシート: the isolation plan as a sheet to tick off, with time and initials written by hand. */

export const ISOLATION_SHEET_TITLE = '遮断チェックシート';

export interface IsolationSheetInput {
  header: Omit<PrintContext, 'documentTitle'>;
  plan: readonly PlannedCut<NetworkLink>[];
  segmentNames: ReadonlyMap<string, string>;
  deviceNames: ReadonlyMap<string, string>;
  vendorNames: ReadonlyMap<string, string>;
}

const small = (text: string) => ({ text: text || '—', fontSize: 8 });

function ends(link: NetworkLink, names: ReadonlyMap<string, string>): string {
  const from = names.get(link.fromSegmentId) ?? '?';
  const to = link.toSegmentId ? (names.get(link.toSegmentId) ?? '?') : link.outside ? OUTSIDE_KIND_JA[link.outside] : '?';
  return `${from} ⇔ ${to}`;
}

export function buildIsolationSheet(input: IsolationSheetInput): PdfDocument {
  const lead: Content = {
    text: '感染拡大を止めるときは上から順に切り、切ったら時刻と確認者を記入します（厚生労働省の手引きの順：バックアップへの経路 → 外部との接続 → セグメント間の境界）。機器の電源は切らずにケーブルを抜きます（調査のためのログを残すため）。',
    fontSize: 9,
    margin: [0, 0, 0, 8],
  };
  if (input.plan.length === 0) return buildFramedDocument({ ...input.header, documentTitle: ISOLATION_SHEET_TITLE }, [lead, { text: '（接続はまだ登録されていません）', style: 'muted' }]);
  const rows = input.plan.map((cut) => {
    const l = cut.link;
    const steps = cutSteps(l);
    const vendor = input.vendorNames.get(l.vendorContactId);
    return [
      { text: String(cut.number), bold: true, alignment: 'right' as const },
      small(ISOLATION_STAGE_JA[cut.stage]),
      {
        stack: [
          { text: [{ text: l.name, bold: true }, l.remoteMaintenance ? { text: '　リモート保守', color: '#b3261e', bold: true, fontSize: 8 } : ''] },
          small(ends(l, input.segmentNames)),
          ...(vendor ? [small(`先方：${vendor}`)] : []),
        ],
      },
      small([input.deviceNames.get(l.deviceSystemId), cutPlace(l)].filter(Boolean).join('\n')),
      small(l.cut.who),
      { stack: steps.length > 0 ? [{ ol: steps, fontSize: 8 }] : [small('（手順未記入）')] },
      small(l.cut.stopsWhenCut),
      blankCell(20),
      blankCell(20),
    ];
  });
  const table = dataTable({
    header: ['順', '段階', '接続', '機器・場所', '担当', '手順', '切ると止まるもの', '時刻', '確認者'],
    rows,
    widths: [18, 64, 120, 90, 60, '*', 100, 40, 50],
  });
  return buildFramedDocument({ ...input.header, documentTitle: ISOLATION_SHEET_TITLE }, [lead, table], { orientation: 'landscape' });
}
