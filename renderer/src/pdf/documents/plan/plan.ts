import type { EmergencyLevelChoice } from '../../../domain/plan/emergency-level';
import { MEASURE_STATUS_JA, PLAN_SECTION_JA, PLAN_STATUS_JA, planSectionKeys, type PlanSectionKey, type PlanVersion } from '../../../domain/plan/plan-version';
import type { PrintContext } from '../../../domain/print-context';
import { heading, section } from '../../blocks';
import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { dataTable, framedBox, keyValueTable } from '../../table-layouts';
import { markupToPdf } from '../paper/markup';

/** 情報システム部門 事業継続計画: one version of the plan, in the ひな形's chapters, with its approval and history. */

export const PLAN_TITLE = '情報システム部門 事業継続計画';
export const REVISION_HISTORY_TITLE = '計画の改訂履歴';

const NOT_WRITTEN = '（未記入）';

function markupOrBlank(text: string): Content[] {
  const blocks = markupToPdf(text);
  return blocks.length > 0 ? blocks : [{ text: NOT_WRITTEN, style: 'muted' }];
}

/** The facility's 非常時レベル with their criteria, as the plan defines them (procedures and incidents refer to these). */
function emergencyLevelsTable(levels: readonly EmergencyLevelChoice[]): Content {
  return dataTable({ header: ['非常時レベル', '発動基準'], rows: levels.map((l) => [{ text: l.name, bold: true }, l.criteria || NOT_WRITTEN]), widths: [150, '*'], margin: [0, 4, 0, 0] });
}

function sectionBody(version: PlanVersion, key: PlanSectionKey, levels: readonly EmergencyLevelChoice[]): Content {
  const s = version.sections;
  switch (key) {
    case 'organisation':
      return {
        stack: [
          ...markupToPdf(s.organisation),
          dataTable({ header: ['役割', '部署・役職', '担当者', '主な任務'], rows: s.roles.map((r) => [{ text: r.role, bold: true }, r.department, r.personName || '未定', r.duties]), widths: [110, 80, 80, '*'], margin: [0, 4, 0, 0] }),
        ],
      };
    case 'emergencyLevels':
      return { stack: [...markupToPdf(s.emergencyLevels), emergencyLevelsTable(levels)] };
    case 'cyberResponse':
      return { stack: [...markupToPdf(s.cyberResponse), dataTable({ header: ['技術的対策', '実施状況', '備考'], rows: s.measures.map((m) => [m.name, { text: MEASURE_STATUS_JA[m.status], bold: m.status !== 'done' }, m.note]), widths: ['*', 60, 140], margin: [0, 4, 0, 0] })] };
    case 'securityPolicy':
      return {
        stack: [
          ...markupToPdf(s.securityPolicy),
          dataTable({ header: ['情報源', '確認の方法', '最終確認日'], rows: s.informationSources.map((i) => [i.name, i.howToCheck, i.lastCheckedOn || '未確認']), widths: [120, '*', 70], margin: [0, 4, 0, 0] }),
        ],
      };
    case 'hospitalBcp':
      return keyValueTable([
        ['文書名', s.hospitalBcp.title || NOT_WRITTEN],
        ['所管部署', s.hospitalBcp.owner || NOT_WRITTEN],
        ['保管場所', s.hospitalBcp.location || NOT_WRITTEN],
      ]);
    default:
      return { stack: markupOrBlank(s[key]) };
  }
}

/** The version's status line: 「第1.0版 承認済み 2026-04-01 山田 院長（病院長）第3回 委員会」, or a draft marked as such. */
function statusBox(version: PlanVersion): Content {
  const a = version.approval;
  const rows: [string, Content][] = [
    ['版', { text: `第${version.version}版（${PLAN_STATUS_JA[version.status]}）`, bold: true }],
    ['改訂の概要', version.summary || NOT_WRITTEN],
  ];
  if (a) rows.push(['承認', `${a.approvedOn}\u3000${a.approverName}${a.approverRole ? `（${a.approverRole}）` : ''}`], ['会議・文書', a.reference || NOT_WRITTEN]);
  else rows.push(['承認', { text: 'この版は未承認の案です。有効な計画ではありません。', bold: true, color: '#b3261e' }]);
  return keyValueTable(rows, { margin: [0, 0, 0, 8] });
}

export function revisionHistoryTable(versions: readonly PlanVersion[]): Content {
  return dataTable({
    header: ['版', '状態', '承認日', '改訂の概要', '承認者'],
    rows: versions.map((v) => [`第${v.version}版`, PLAN_STATUS_JA[v.status], v.approval?.approvedOn ?? '—', v.summary, v.approval ? `${v.approval.approverName}${v.approval.approverRole ? `（${v.approval.approverRole}）` : ''}` : '—']),
    widths: [45, 45, 62, '*', 110],
  });
}

export interface PlanDocumentInput {
  context: Omit<PrintContext, 'documentTitle'>;
  version: PlanVersion;
  levels: readonly EmergencyLevelChoice[];
  /** Every version, newest first, for the revision history at the end. */
  history: readonly PlanVersion[];
}

export function buildPlanDocument({ context, version, levels, history }: PlanDocumentInput): PdfDocument {
  const content: Content[] = [
    { text: PLAN_TITLE, style: 'title' },
    statusBox(version),
    ...(version.status === 'draft' ? [framedBox([{ text: '案（未承認）：承認されるまで、有効な版は従来の版です。' }], { fillColor: '#fff6db', margin: [0, 0, 0, 8] })] : []),
    ...planSectionKeys.map((key) => section(PLAN_SECTION_JA[key], sectionBody(version, key, levels), { margin: [0, 8, 0, 0] })),
    heading('改訂履歴', 'h1'),
    revisionHistoryTable(history),
  ];
  return buildFramedDocument({ ...context, documentTitle: `${PLAN_TITLE} 第${version.version}版` }, content);
}

export const EMERGENCY_LEVELS_TITLE = '非常時レベルと発動基準';

/** The levels on their own page, for the binder (a department's binder holds them with its procedures). */
export function buildEmergencyLevelsDocument(context: Omit<PrintContext, 'documentTitle'>, levels: readonly EmergencyLevelChoice[]): PdfDocument {
  return buildFramedDocument({ ...context, documentTitle: EMERGENCY_LEVELS_TITLE }, [emergencyLevelsTable(levels)]);
}

export function buildRevisionHistoryDocument(context: Omit<PrintContext, 'documentTitle'>, history: readonly PlanVersion[]): PdfDocument {
  return buildFramedDocument({ ...context, documentTitle: REVISION_HISTORY_TITLE }, [{ text: REVISION_HISTORY_TITLE, style: 'title' }, revisionHistoryTable(history)]);
}
