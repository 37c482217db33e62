import { incidentParts } from '../../../domain/incidents/incident';
import type { ReportLine } from '../../../domain/incidents/reports';
import { changesSince, openSteps } from '../../../domain/incidents/situation-report';
import { statusCounts, SYSTEM_STATUS_JA, systemStatuses } from '../../../domain/incidents/system-status';
import type { TimelineEntry } from '../../../domain/incidents/timeline';
import { section } from '../../blocks';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { blankCell, dataTable, framedBox, keyValueTable } from '../../table-layouts';
import { dateTime, incidentName, shortTime, type IncidentPrintHeader, type PrintableBoardSystem, type PrintableIncident } from './common';

/** 状況報告（経営層への報告, R5): status counts, what changed since the last report, open steps, reports, decisions needed. */

export interface SituationReportInput {
  header: IncidentPrintHeader;
  incident: PrintableIncident;
  /** When this report is made. */
  at: string;
  systems: readonly PrintableBoardSystem[];
  reports: readonly ReportLine[];
  timeline: readonly Pick<TimelineEntry, 'at' | 'who' | 'what'>[];
}

export const SITUATION_REPORT_TITLE = '状況報告（経営層）';

export function buildSituationReport(input: SituationReportInput): PdfDocument {
  const parts = incidentParts({ ...input.incident, createdAt: '', updatedAt: '', updatedBy: '' });
  const previous = parts.situationReports.filter((r) => r < input.at);
  const counts = statusCounts(
    input.systems.map((s) => s.id),
    parts.systemStatuses,
  );
  const changes = changesSince(input.timeline, previous).filter((e) => e.at <= input.at);
  const open = openSteps(parts.steps);
  const made = input.reports.filter((r) => r.record.status === 'done');
  const due = input.reports.filter((r) => r.state === 'open' || r.state === 'overdue');
  return buildFramedDocument({ ...input.header, documentTitle: SITUATION_REPORT_TITLE }, [
    { text: `${SITUATION_REPORT_TITLE} ${dateTime(input.at)}`, style: 'h1' },
    keyValueTable(
      [
        ['インシデント', incidentName(input.incident)],
        ['非常時レベル', input.incident.levelName],
        ['前回の報告', previous.length > 0 ? dateTime(previous.at(-1)) : '（初回）'],
      ],
      { labelWidth: 90, margin: [0, 0, 0, 10] },
    ),
    section('システムの稼働状況', { text: systemStatuses.map((s) => `${SYSTEM_STATUS_JA[s]} ${counts[s]}`).join('　／　') }, { margin: [0, 0, 0, 10] }),
    section(
      `前回からの変化（${changes.length} 件）`,
      changes.length > 0 ? dataTable({ header: ['時刻', '記入者', '内容'], widths: [56, 70, '*'], rows: changes.map((c) => [shortTime(c.at), c.who, c.what]) }) : { text: 'なし' },
      { margin: [0, 0, 0, 10] },
    ),
    section('未完了の初動対応', open.length > 0 ? { ol: open.map((s) => s.title) } : { text: 'なし' }, { margin: [0, 0, 0, 10] }),
    section(
      '外部への報告',
      dataTable({
        header: ['報告先', '状態', '期限・報告日時'],
        widths: ['*', 60, 140],
        rows: [
          ...made.map((r) => [r.rule.body, '報告済み', `${dateTime(r.record.reportedAt)} ${r.record.reference}`]),
          ...due.map((r) => [r.rule.body, r.state === 'overdue' ? '期限超過' : '未', `期限 ${dateTime(r.due.dueAt.toISOString())}`]),
        ],
      }),
      { margin: [0, 0, 0, 10] },
    ),
    framedBox([{ text: '判断を求める事項（経営層）', bold: true }, blankCell(60)], { margin: [0, 0, 0, 6] }),
  ]);
}
