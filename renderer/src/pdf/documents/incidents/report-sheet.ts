import { ANSWER_JA, PPC_QUESTION_JA, ppcQuestions, type ReportRule } from '../../../domain/incidents/reports';
import { incidentParts } from '../../../domain/incidents/incident';
import { needsRestore, SYSTEM_STATUS_JA } from '../../../domain/incidents/system-status';
import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { blankCell, keyValueTable } from '../../table-layouts';
import { section } from '../../blocks';
import { dateTime, type IncidentPrintHeader, type PrintableBoardSystem, type PrintableIncident } from './common';

/**
 * 報告シート: one form per body, filled from the incident, or blank for paper. The general field set is the digest's
 * §3.3 (reporter, times, systems, ransomware details, personal data, effect on care, response, evidence); the PPC's
 * sheet follows 施行規則8条1項 (the nine items).
 */

export interface ReportSheetInput {
  header: IncidentPrintHeader;
  rule: Pick<ReportRule, 'body' | 'sheet' | 'due' | 'sources'>;
  /** Absent: a blank sheet to fill in by hand. */
  incident?: PrintableIncident;
  systems?: readonly PrintableBoardSystem[];
}

export function reportSheetTitle(rule: Pick<ReportRule, 'body'>, blank: boolean): string {
  return `報告シート ${rule.body}${blank ? '（白紙）' : ''}`;
}

const cell = (value: string | undefined, height = 22): Content => (value ? { text: value } : blankCell(height));

export function buildReportSheet(input: ReportSheetInput): PdfDocument {
  const { rule, incident } = input;
  const parts = incident ? incidentParts({ ...incident, createdAt: '', updatedAt: '', updatedBy: '' }) : undefined;
  const status = new Map((parts?.systemStatuses ?? []).map((e) => [e.systemId, e.status]));
  const affected = (input.systems ?? []).filter((s) => needsRestore(status.get(s.id) ?? 'up') || status.get(s.id) === 'restored');
  const affectedText = affected.map((s) => `${s.name}（${SYSTEM_STATUS_JA[status.get(s.id) ?? 'up']}）`).join('、');
  const reporter = keyValueTable(
    [
      ['医療機関名', input.header.facilityName],
      ['部署・氏名', blankCell(16)],
      ['電話・メール', blankCell(16)],
      ['24時間連絡先', blankCell(16)],
    ],
    { labelWidth: 110, margin: [0, 0, 0, 8] },
  );
  const times = keyValueTable(
    [
      ['発生日時', blankCell(16)],
      ['発覚日時', cell(incident ? dateTime(incident.discoveredAt) : undefined, 16)],
      ['発見契機・発見者', cell(incident ? [incident.foundBy, incident.observed].filter(Boolean).join('：') : undefined)],
      ['報告期限の目安', rule.due.text],
    ],
    { labelWidth: 110, margin: [0, 0, 0, 8] },
  );
  const body: Content[] =
    rule.sheet === 'ppc'
      ? [
          section(
            '漏えい等の要件（施行規則7条）',
            keyValueTable(
              ppcQuestions.map((q) => [PPC_QUESTION_JA[q], parts ? ANSWER_JA[parts.ppc[q]] : 'はい ・ いいえ ・ 不明'] as [string, Content]),
              { labelWidth: 330, margin: [0, 0, 0, 8] },
            ),
          ),
          section(
            '報告事項（施行規則8条1項）',
            keyValueTable(
              [
                ['1. 概要', cell(incident?.observed, 40)],
                ['2. 漏えい等した個人データの項目', blankCell(28)],
                ['3. 本人の数', blankCell(16)],
                ['4. 原因', blankCell(28)],
                ['5. 二次被害またはそのおそれの有無と内容', blankCell(28)],
                ['6. 本人への対応の実施状況', blankCell(28)],
                ['7. 公表の実施状況', blankCell(16)],
                ['8. 再発防止のための措置', blankCell(28)],
                ['9. その他参考となる事項', blankCell(28)],
              ],
              { labelWidth: 170 },
            ),
          ),
        ]
      : [
          section(
            '影響を受けたシステム',
            keyValueTable(
              [
                ['機器・システム（役割）', cell(affectedText, 40)],
                ['設置形態（院内・クラウド・閉域網）', blankCell(16)],
              ],
              { labelWidth: 170, margin: [0, 0, 0, 8] },
            ),
          ),
          section(
            'ランサムウェアの詳細',
            keyValueTable(
              [
                ['脅迫文の内容（写真の有無）', blankCell(28)],
                ['暗号化ファイルの拡張子', blankCell(16)],
                ['種別（暗号化・窃取の脅迫・要求）', blankCell(16)],
                ['侵入経路（脆弱性・VPN・メールなど）', blankCell(16)],
                ['痕跡（ハッシュ・IP・ツール）', blankCell(28)],
              ],
              { labelWidth: 170, margin: [0, 0, 0, 8] },
            ),
          ),
          section(
            '個人情報・診療への影響',
            keyValueTable(
              [
                ['漏えいした項目・人数・要配慮', blankCell(28)],
                ['診療への影響（停止・縮小した業務）', blankCell(28)],
              ],
              { labelWidth: 170, margin: [0, 0, 0, 8] },
            ),
          ),
          section(
            '対応・復旧・再発防止',
            keyValueTable(
              [
                ['対応状況', blankCell(28)],
                ['復旧状況', blankCell(28)],
                ['再発防止策', blankCell(28)],
                ['保全した証拠（ログ・機器・イメージ）', blankCell(28)],
              ],
              { labelWidth: 170 },
            ),
          ),
        ];
  const title = reportSheetTitle(rule, !incident);
  return buildFramedDocument({ ...input.header, documentTitle: title }, [
    { text: title, style: 'h1' },
    ...(incident?.exercise ? [{ text: '【訓練】', bold: true, color: '#b3261e' }] : []),
    section('報告者', reporter),
    section('経過', times),
    ...body,
    { text: `出典：${rule.sources.join(' / ')}`, fontSize: 7.5, color: '#5b626d', margin: [0, 8, 0, 0] },
  ]);
}
