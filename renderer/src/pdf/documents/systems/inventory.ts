import { eosWarnings, legacyWarnings, supportStatus } from '../../../domain/systems/eos';
import { CRITICALITY_JA, formatLocation } from '../../../domain/systems/system';
import { section } from '../../blocks';
import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { dataTable, keyValueTable } from '../../table-layouts';
import { kindJa, small, vendorJa, type PrintableSystem, type SystemsPrintHeader, type VendorInfo } from './common';
import { formatStoredDate } from '../../../domain/date-text';
import { EOS_LEVEL_JA, hoursJa, LEGACY_JA, MILESTONE_JA } from './labels';

/** システム台帳 (R8, R10, R13, R16, R18): every system and device, in restore-priority order, landscape. */

export const INVENTORY_TITLE = 'システム台帳';

export interface InventoryInput {
  header: SystemsPrintHeader;
  /** In restore-priority order. */
  systems: readonly PrintableSystem[];
  vendors: ReadonlyMap<string, VendorInfo>;
  /** 'YYYY-MM-DD' the warnings are judged on. */
  today: string;
}

const SUPPORT_JA = { supported: 'サポート中', endingSoon: '終了間近', unsupported: 'サポート終了', unknown: '不明' } as const;

function eosCell(system: PrintableSystem, today: string): Content {
  const lines = (['endOfSale', 'endOfSupport', 'endOfService'] as const)
    .filter((m) => system.eos[m])
    .map((m) => `${MILESTONE_JA[m]} ${formatStoredDate(system.eos[m], 'ja')}`);
  const status = supportStatus(system, today);
  return {
    stack: [
      { text: SUPPORT_JA[status], bold: status !== 'supported', fontSize: 8, color: status === 'unsupported' ? '#b3261e' : undefined },
      ...lines.map((l) => ({ text: l, fontSize: 7.5 })),
    ],
  };
}

function inventoryTable(input: InventoryInput): Content {
  const rows = input.systems.map((s) => [
    { text: String(s.restorePriority), alignment: 'right' as const },
    { stack: [{ text: s.name, bold: true }, small(kindJa(s))] },
    { stack: [small(formatLocation(s.location)), small(s.segmentName ? `区分：${s.segmentName}` : '')] },
    { text: CRITICALITY_JA[s.criticality], alignment: 'center' as const },
    small(`RTO ${hoursJa(s.rtoHours)}\nRPO ${hoursJa(s.rpoHours)}`),
    small(vendorJa(input.vendors.get(s.vendorContactId), true)),
    small([s.monitoring.method, s.monitoring.watchedBy && `担当：${s.monitoring.watchedBy}`].filter(Boolean).join('\n')),
    small(s.remoteMaintenance.present ? `あり：${s.remoteMaintenance.route}` : 'なし'),
    eosCell(s, input.today),
    small([s.substitute && `代替：${s.substitute}`, s.configurationBackup && `設定：${s.configurationBackup}`].filter(Boolean).join('\n')),
  ]);
  if (rows.length === 0) return { text: '（システムはまだ登録されていません）', style: 'muted' };
  return dataTable({
    header: ['優先度', '名称・種別', '設置場所・区分', '重要度', 'RTO/RPO', 'ベンダー', '監視（方法・担当）', 'リモート保守', 'サポート（EOS）', '代替手段・設定の保存'],
    rows,
    widths: [30, 92, 78, 30, 52, 84, 72, 62, 78, '*'],
  });
}

function attention(input: InventoryInput): Content | null {
  const rows = input.systems.flatMap((s) => {
    const eos = eosWarnings(s, input.today).map((w) => `${MILESTONE_JA[w.milestone]} ${formatStoredDate(w.date, 'ja')}（${EOS_LEVEL_JA[w.level]}）`);
    const legacy = legacyWarnings(s, input.today).map((w) => LEGACY_JA[w]);
    if (eos.length === 0 && legacy.length === 0 && !s.riskAcceptance.accepted) return [];
    const risk = s.riskAcceptance;
    const riskText = risk.accepted
      ? `補完策：${risk.compensatingControls}\n承認者：${risk.approver}\u3000受容日：${formatStoredDate(risk.acceptedOn, 'ja')}\u3000見直し日：${formatStoredDate(risk.reviewDate, 'ja')}`
      : '（記録なし）';
    return [[{ text: s.name, bold: true }, small([...eos, ...legacy].join('\n')), small(riskText), small(s.vulnerabilityNotes)]];
  });
  if (rows.length === 0) return null;
  return section(
    '要注意：サポート終了（EOS）とレガシー機器のリスク受容',
    dataTable({ header: ['名称', '警告', 'リスク受容', '脆弱性・情報源'], rows, widths: [110, 170, '*', 150] }),
    { margin: [0, 14, 0, 0] },
  );
}

export function buildSystemsInventory(input: InventoryInput): PdfDocument {
  const counts = keyValueTable([['登録数', `${input.systems.length} 件（復旧優先度順。数字が小さいほど先に復旧）`]], { labelWidth: 70, margin: [0, 0, 0, 8] });
  const extra = attention(input);
  return buildFramedDocument({ ...input.header, documentTitle: INVENTORY_TITLE }, [{ text: INVENTORY_TITLE, style: 'title' }, counts, inventoryTable(input), ...(extra ? [extra] : [])], {
    orientation: 'landscape',
  });
}
