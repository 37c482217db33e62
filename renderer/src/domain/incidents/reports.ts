import { z } from 'zod';
import { addDays, parseLocalDate, toLocalDateString } from '../../base/local-date';

/**
 * 報告 (R14): who must be told, by when, and whether it was done. The rules (bodies, deadlines, applicability, sources)
 * are data (resources/incidents/report-rules.json), never code: deadlines and offices change, and the facility checks
 * them against the sources printed beside each.
 */

/** When a body is to be told; `never` is the facility's own decision that it does not apply here (e.g. no such office). */
export const reportApplicability = ['always', 'ransomware', 'ppc', 'optional', 'never'] as const;
export type ReportApplicability = (typeof reportApplicability)[number];

export const MAX_RULE_HOURS = 24 * 90;
const ruleDays = (message: string) => z.number(message).int(message).min(1, message).max(365, message);
const dueText = z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong');

const dueSchema = z.discriminatedUnion('kind', [
  /** 「直ちに」「速やかに」: a number of hours from discovery, as the facility reads the word. */
  z.object({
    kind: z.literal('hours'),
    hours: z.number('incidents.validation.ruleHours').int('incidents.validation.ruleHours').min(1, 'incidents.validation.ruleHours').max(MAX_RULE_HOURS, 'incidents.validation.ruleHours'),
    text: dueText,
  }),
  /**
   * Calendar days from the day of discovery (weekends, holidays and 年末年始 count), due at the end of the last day.
   * `aimDays` is when to have it done (PPC 速報: about 3–5 days), `fraudDays` replaces `days` when the PPC 不正目的
   * question is answered yes (確報: 60 days instead of 30).
   */
  z
    .object({
      kind: z.literal('days'),
      days: ruleDays('incidents.validation.ruleDays'),
      aimDays: ruleDays('incidents.validation.ruleDays').optional(),
      fraudDays: ruleDays('incidents.validation.ruleDays').optional(),
      text: dueText,
    })
    .refine((d) => d.aimDays === undefined || d.aimDays <= d.days, { message: 'incidents.validation.aimAfterDue', path: ['aimDays'] })
    .refine((d) => d.fraudDays === undefined || d.fraudDays >= d.days, { message: 'incidents.validation.fraudBeforeDue', path: ['fraudDays'] }),
]);

/** One body to report to. The facility edits these in 設定 (its copy is stored in the workbook); messages are i18n keys. */
export const reportRuleSchema = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  body: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
  appliesWhen: z.enum(reportApplicability),
  due: dueSchema,
  /** Words to find the authority's entry in the contact list (organisation or name). */
  contactHint: z.string().max(100, 'validation.tooLong').default(''),
  /** Which report sheet: the common field set (§3.3), or the PPC's nine items. */
  sheet: z.enum(['general', 'ppc']),
  what: z.string().max(1000, 'validation.tooLong').default(''),
  sources: z.array(z.string().trim().min(1, 'validation.required').max(500, 'validation.tooLong')).min(1, 'incidents.validation.sourceRequired').max(20, 'validation.tooLong'),
});
export type ReportRule = z.output<typeof reportRuleSchema>;
/** The bodies in the order they are shown; each key once (an incident's report records point at it). */
export const reportRuleListSchema = z
  .array(reportRuleSchema)
  .min(1)
  .max(50)
  .refine((rules) => new Set(rules.map((r) => r.key)).size === rules.length, { message: 'validation.invalid' });
export const reportRulesFileSchema = z.object({ checkedOn: z.string(), note: z.string(), rules: reportRuleListSchema });
export type ReportRulesFile = z.output<typeof reportRulesFileSchema>;

export const answers = ['yes', 'no', 'unknown'] as const;
export type Answer = (typeof answers)[number];
export const ANSWER_JA: Record<Answer, string> = { yes: 'はい', no: 'いいえ', unknown: '不明' };

/** The PPC questions (施行規則7条): any yes makes the 漏えい等報告 a duty. */
export const ppcQuestions = ['sensitive', 'financial', 'fraud', 'over1000'] as const;
export type PpcQuestion = (typeof ppcQuestions)[number];
export const PPC_QUESTION_JA: Record<PpcQuestion, string> = {
  sensitive: '要配慮個人情報（病歴など）が漏えいした、またはそのおそれがある',
  financial: '不正に利用されると財産的被害が生じるおそれがある',
  fraud: '不正の目的によるもの（不正アクセス、ランサムウェアなど）のおそれがある',
  over1000: '本人の数が 1,000 人を超える、またはそのおそれがある',
};
export const ppcAnswersSchema = z.object({
  sensitive: z.enum(answers),
  financial: z.enum(answers),
  fraud: z.enum(answers),
  over1000: z.enum(answers),
});
export type PpcAnswers = z.output<typeof ppcAnswersSchema>;

export const reportStatuses = ['open', 'done', 'notApplicable'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const REPORT_STATUS_JA: Record<ReportStatus, string> = { open: '未', done: '報告済み', notApplicable: '対象外' };

export const incidentReportSchema = z.object({
  ruleKey: z.string().min(1),
  status: z.enum(reportStatuses),
  reportedAt: z.string().default(''),
  reportedBy: z.string().trim().max(100, 'validation.tooLong').default(''),
  /** 受付番号 or the name of the person who took the call. */
  reference: z.string().trim().max(200, 'validation.tooLong').default(''),
  /** What was attached or sent (報告書の控え、ログ一式…). */
  attachmentNote: z.string().trim().max(1000, 'validation.tooLong').default(''),
});
export type IncidentReport = z.output<typeof incidentReportSchema>;

/** 'required' a duty now; 'undecided' the PPC questions are not all answered (treated as due: leaks that may have happened count). */
export type Applicability = 'required' | 'undecided' | 'notRequired' | 'optional';

export function ppcApplicability(answers: PpcAnswers): 'required' | 'undecided' | 'notRequired' {
  const values = ppcQuestions.map((q) => answers[q]);
  if (values.includes('yes')) return 'required';
  return values.every((v) => v === 'no') ? 'notRequired' : 'undecided';
}

export function ruleApplicability(rule: Pick<ReportRule, 'appliesWhen'>, incident: { kind: string; ppc: PpcAnswers }): Applicability {
  switch (rule.appliesWhen) {
    case 'always':
      return 'required';
    case 'ransomware':
      return incident.kind === 'ransomware' ? 'required' : 'optional';
    case 'ppc':
      return ppcApplicability(incident.ppc);
    case 'optional':
      return 'optional';
    case 'never':
      return 'notRequired';
  }
}

/** The end (23:59:59.999 local time) of the calendar day `days` after the day of `from`. */
function endOfDayAfter(from: Date, days: number): Date {
  const day = parseLocalDate(addDays(toLocalDateString(from), days));
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 23, 59, 59, 999);
}

export interface ReportDue {
  /** The deadline. */
  dueAt: Date;
  /** When to aim to have it done, if earlier than the deadline (PPC 速報: about 3 days). */
  aimAt?: Date;
}

/** The due time of a report, counted from the discovery of the incident (not its declaration). */
export function reportDue(rule: Pick<ReportRule, 'due'>, discoveredAt: string, ppc: PpcAnswers): ReportDue {
  const from = new Date(discoveredAt);
  const due = rule.due;
  if (due.kind === 'hours') return { dueAt: new Date(from.getTime() + due.hours * 3_600_000) };
  const days = ppc.fraud === 'yes' && due.fraudDays ? due.fraudDays : due.days;
  return { dueAt: endOfDayAfter(from, days), ...(due.aimDays && due.aimDays < days ? { aimAt: endOfDayAfter(from, due.aimDays) } : {}) };
}

export type ReportState = 'done' | 'notApplicable' | 'notRequired' | 'optional' | 'open' | 'overdue';

export interface ReportLine {
  rule: ReportRule;
  applicability: Applicability;
  due: ReportDue;
  record: IncidentReport;
  state: ReportState;
}

/** Every rule with its applicability, due time and state for one incident, in the file's order. */
export function reportLines(rules: readonly ReportRule[], incident: { kind: string; discoveredAt: string; ppc: PpcAnswers; reports: readonly IncidentReport[] }, now: Date): ReportLine[] {
  const records = new Map(incident.reports.map((r) => [r.ruleKey, r]));
  return rules.map((rule) => {
    const applicability = ruleApplicability(rule, incident);
    const due = reportDue(rule, incident.discoveredAt, incident.ppc);
    const record = records.get(rule.key) ?? { ruleKey: rule.key, status: 'open' as const, reportedAt: '', reportedBy: '', reference: '', attachmentNote: '' };
    const state: ReportState =
      record.status === 'done'
        ? 'done'
        : record.status === 'notApplicable'
          ? 'notApplicable'
          : applicability === 'notRequired'
            ? 'notRequired'
            : applicability === 'optional'
              ? 'optional'
              : due.dueAt.getTime() < now.getTime()
                ? 'overdue'
                : 'open';
    return { rule, applicability, due, record, state };
  });
}

export function setReport(reports: readonly IncidentReport[], next: IncidentReport): IncidentReport[] {
  return [...reports.filter((r) => r.ruleKey !== next.ruleKey), next];
}
