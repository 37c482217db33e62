import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { markStepDone, responseTemplateSchema, stepsFromTemplate } from '../../../domain/incidents/response-steps';
import { reportLines, reportRulesFileSchema } from '../../../domain/incidents/reports';
import type { PdfDocument } from '../../frame';
import { printedText, squash } from '../../testing/printed-text';
import { buildBlankResponseChecklist, buildBlankStatusBoard, buildBlankTimelineSheet } from './blank-sheets';
import type { PrintableIncident } from './common';
import { buildIncidentRecord } from './incident-record';
import { buildReportSheet } from './report-sheet';
import { buildSituationReport } from './situation-report';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../../../resources/incidents/${name}.json`, import.meta.url), 'utf8'));
const template = z.object({ steps: responseTemplateSchema }).parse(read('initial-response')).steps;
const rules = reportRulesFileSchema.parse(read('report-rules')).rules;

async function textOf(doc: PdfDocument, name: string): Promise<string> {
  expect(structuredClone(doc)).toEqual(doc);
  return squash((await printedText(doc, name)).flat);
}

const header = { facilityName: 'みなと総合病院', version: '第1版', printedAt: new Date(2026, 10, 4, 9, 30), confidentialityLabel: '取扱注意', demo: false };
const systems = [
  { id: 'sw', position: 1, name: 'コアスイッチ', restorePriority: 1, location: '本館 B1' },
  { id: 'ehr', position: 2, name: '電子カルテ', restorePriority: 2, location: '本館 B1' },
];
const incident: PrintableIncident = {
  id: 'i1',
  kind: 'ransomware',
  exercise: true,
  level: 'partial',
  levelName: 'レベル1',
  discoveredAt: new Date(2026, 10, 3, 2, 10).toISOString(),
  declaredAt: new Date(2026, 10, 3, 2, 20).toISOString(),
  foundBy: '3階東 看護師',
  observed: '端末に脅迫文',
  status: 'active',
  steps: markStepDone(stepsFromTemplate(template), 'report', new Date(2026, 10, 3, 2, 25).toISOString(), '佐藤'),
  systemStatuses: [{ systemId: 'ehr', status: 'isolated', at: new Date(2026, 10, 3, 2, 40).toISOString(), by: '佐藤' }],
  reports: [{ ruleKey: 'ppcPreliminary', status: 'done', reportedAt: new Date(2026, 10, 4, 9, 0).toISOString(), reportedBy: '佐藤', reference: 'PPC-123', attachmentNote: '' }],
  ppc: { sensitive: 'yes', financial: 'unknown', fraud: 'yes', over1000: 'no' },
  situationReportHours: 6,
  situationReports: [],
};
const timeline = [
  { id: 't1', at: incident.discoveredAt, who: '佐藤', what: '宣言', createdAt: incident.declaredAt },
  { id: 't2', at: new Date(2026, 10, 3, 2, 40).toISOString(), who: '佐藤', what: '稼働状況：電子カルテ 稼働 → 隔離', createdAt: new Date(2026, 10, 3, 2, 40).toISOString() },
  { id: 't3', at: new Date(2026, 10, 3, 2, 39).toISOString(), who: '鈴木', what: '電子カルテを隔離（時刻訂正）', correctsId: 't2', createdAt: new Date(2026, 10, 3, 5, 0).toISOString() },
];
const lines = reportLines(rules, { kind: 'ransomware', discoveredAt: incident.discoveredAt, ppc: incident.ppc!, reports: incident.reports! }, header.printedAt);

describe('incident documents', () => {
  it('the record holds steps, board, reports and the timeline with its correction', async () => {
    const text = await textOf(buildIncidentRecord({ header, incident, systems, reports: lines, timeline }), 'incident-record');
    for (const s of ['インシデント対応記録', '【訓練】', '異常を決められた経路で報告する', '電子カルテ', '隔離', '個人情報保護委員会（速報）', 'PPC-123', '【No.3の訂正】'.replace('3', '2')]) expect(text).toContain(squash(s));
  });

  it('the situation report counts statuses and lists changes, open steps and reports', async () => {
    const text = await textOf(buildSituationReport({ header, incident, at: new Date(2026, 10, 3, 8, 10).toISOString(), systems, reports: lines, timeline }), 'situation-report');
    for (const s of ['状況報告（経営層）', '稼働1', '隔離1', '前回からの変化（3件）', '端末をネットワークから外す', '判断を求める事項']) expect(text).toContain(squash(s));
  });

  it('report sheets: the PPC nine items filled from the incident, and blank', async () => {
    const ppc = rules.find((r) => r.key === 'ppcPreliminary')!;
    const filled = await textOf(buildReportSheet({ header, rule: ppc, incident, systems }), 'report-ppc');
    for (const s of ['報告シート個人情報保護委員会（速報）', '9.その他参考となる事項', '端末に脅迫文', 'はい']) expect(filled).toContain(squash(s));
    const blank = await textOf(buildReportSheet({ header, rule: rules.find((r) => r.key === 'police')! }), 'report-police-blank');
    expect(blank).toContain(squash('（白紙）'));
    expect(blank).toContain(squash('暗号化ファイルの拡張子'));
  });

  it('blank sheets: the checklist in template order, the timeline sheet, every system on the board sheet', async () => {
    const checklist = await textOf(buildBlankResponseChecklist(header, template), 'blank-checklist');
    expect(checklist.indexOf(squash('遮断①'))).toBeLessThan(checklist.indexOf(squash('遮断④')));
    expect(await textOf(buildBlankTimelineSheet(header), 'blank-timeline')).toContain(squash('経過記録用紙（白紙）'));
    const board = await textOf(buildBlankStatusBoard(header, systems), 'blank-board');
    expect(board).toContain(squash('コアスイッチ'));
    expect(board).toContain(squash('□一部停止'));
  });
});
