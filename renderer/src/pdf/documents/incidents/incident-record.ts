import { ANSWER_JA, PPC_QUESTION_JA, ppcQuestions, REPORT_STATUS_JA, type ReportLine } from '../../../domain/incidents/reports';
import { incidentParts } from '../../../domain/incidents/incident';
import { SYSTEM_STATUS_JA, type SystemStatusEntry } from '../../../domain/incidents/system-status';
import type { TimelineEntry } from '../../../domain/incidents/timeline';
import { section } from '../../blocks';
import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { dataTable, keyValueTable } from '../../table-layouts';
import { dateTime, incidentName, shortTime, small, type IncidentPrintHeader, type PrintableBoardSystem, type PrintableIncident } from './common';

/** インシデント対応記録: the full record of one incident or drill, on paper: summary, steps, board, reports, review, timeline. */

export interface IncidentRecordInput {
  header: IncidentPrintHeader;
  incident: PrintableIncident;
  systems: readonly PrintableBoardSystem[];
  reports: readonly ReportLine[];
  timeline: readonly Pick<TimelineEntry, 'id' | 'at' | 'who' | 'what' | 'correctsId' | 'createdAt'>[];
}

export const INCIDENT_RECORD_TITLE = 'インシデント対応記録';

export function buildIncidentRecord(input: IncidentRecordInput): PdfDocument {
  const { incident } = input;
  const parts = incidentParts({ ...incident, createdAt: '', updatedAt: '', updatedBy: '' });
  const status = new Map<string, SystemStatusEntry>(parts.systemStatuses.map((e) => [e.systemId, e]));
  const order = new Map(input.timeline.map((e, i) => [e.id, i + 1]));
  const corrected = new Set(input.timeline.flatMap((e) => (e.correctsId ? [e.correctsId] : [])));
  const summary = keyValueTable(
    [
      ['区分', incident.exercise ? '訓練' : '実インシデント'],
      ['非常時レベル', incident.levelName],
      ['発見日時', dateTime(incident.discoveredAt)],
      ['宣言日時', dateTime(incident.declaredAt)],
      ['発見者', incident.foundBy || '—'],
      ['発見時の状況', incident.observed || '—'],
      ['状態', incident.status === 'closed' ? `終結 ${dateTime(incident.closedAt)}` : '対応中'],
    ],
    { labelWidth: 90, margin: [0, 0, 0, 10] },
  );
  const steps = dataTable({
    header: ['No.', '手順', '状態', '時刻', '担当', 'メモ・理由'],
    widths: [18, '*', 40, 56, 60, 110],
    rows: parts.steps.map((s, i) => [
      { text: String(i + 1), alignment: 'right' as const },
      s.title,
      s.doneAt ? '完了' : s.notApplicable ? '該当なし' : '未',
      shortTime(s.doneAt),
      s.doneBy,
      small([s.notApplicableReason, s.note].filter(Boolean).join(' / ')),
    ]),
  });
  const board = dataTable({
    header: ['順', 'システム', '状況', '最終変更', '変更者'],
    widths: [22, '*', 50, 60, 70],
    rows: input.systems.map((s) => {
      const e = status.get(s.id);
      return [{ text: String(s.position), alignment: 'right' as const }, s.name, e ? SYSTEM_STATUS_JA[e.status] : '稼働', shortTime(e?.at), e?.by ?? ''];
    }),
  });
  const reports = dataTable({
    header: ['報告先', '期限', '状態', '報告日時・報告者', '受付番号・添付'],
    widths: ['*', 70, 44, 90, 100],
    rows: input.reports.map((l) => [
      l.rule.body,
      small(`${l.rule.due.text}\n${shortTime(l.due.dueAt.toISOString())}`),
      l.state === 'notRequired' ? '不要' : l.state === 'optional' && l.record.status === 'open' ? '任意' : REPORT_STATUS_JA[l.record.status],
      small(l.record.reportedAt ? `${dateTime(l.record.reportedAt)} ${l.record.reportedBy}` : ''),
      small([l.record.reference, l.record.attachmentNote].filter(Boolean).join(' / ')),
    ]),
  });
  const ppc = keyValueTable(
    ppcQuestions.map((q) => [PPC_QUESTION_JA[q], ANSWER_JA[parts.ppc[q]]] as [string, Content]),
    { labelWidth: 330, margin: [0, 0, 0, 6] },
  );
  const review = incident.review
    ? keyValueTable(
        [
          ['経過', incident.review.whatHappened],
          ['うまくいったこと', incident.review.whatWorked || '—'],
          ['うまくいかなかったこと', incident.review.whatDidNot || '—'],
          ['教訓（対応事項）', incident.review.lessons.length > 0 ? incident.review.lessons.map((l, i) => `${i + 1}. ${l}`).join('\n') : '—'],
        ],
        { labelWidth: 110 },
      )
    : { text: '（未記入）', color: '#5b626d' };
  const timeline = dataTable({
    header: ['No.', '時刻', '記入者', '内容', '記録時刻'],
    widths: [26, 56, 60, '*', 56],
    rows: input.timeline.map((e, i) => [
      { text: String(i + 1), alignment: 'right' as const },
      shortTime(e.at),
      small(e.who),
      {
        text: `${e.correctsId ? `【No.${order.get(e.correctsId) ?? '?'} の訂正】` : ''}${e.what}${corrected.has(e.id) ? '（訂正あり）' : ''}`,
        ...(corrected.has(e.id) ? { color: '#5b626d' } : {}),
      },
      small(Date.parse(e.createdAt) - Date.parse(e.at) > 5 * 60_000 ? shortTime(e.createdAt) : ''),
    ]),
  });
  const title = `${INCIDENT_RECORD_TITLE} ${incidentName(incident)}`;
  return buildFramedDocument({ ...input.header, documentTitle: INCIDENT_RECORD_TITLE }, [
    { text: title, style: 'h1' },
    summary,
    section('初動対応', steps, { margin: [0, 0, 0, 10] }),
    section('稼働状況（復旧順）', board, { margin: [0, 0, 0, 10] }),
    section('個人情報保護委員会への報告の要否', ppc),
    section('外部への報告', reports, { margin: [0, 0, 0, 10] }),
    section('状況報告（経営層）', { text: parts.situationReports.length > 0 ? parts.situationReports.map(dateTime).join('、') : 'なし' }, { margin: [0, 0, 0, 10] }),
    section('事後検証', review, { margin: [0, 0, 0, 10] }),
    section(`経過記録（${input.timeline.length} 件）`, timeline),
  ]);
}
