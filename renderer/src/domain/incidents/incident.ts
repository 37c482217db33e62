import { z } from 'zod';
import type { RecordMeta } from '../record';
import { incidentReportSchema, ppcAnswersSchema, reportLines, type ReportLine, type ReportRule } from './reports';
import { responseStepSchema } from './response-steps';
import { afterActionReviewSchema } from './closing';
import { systemStatusEntrySchema } from './system-status';

/**
 * An incident (インシデント) from declaration to closing, or a drill (訓練) run the same way. Its timeline entries are
 * their own records (timeline.ts), so that weeks of entries never rewrite one growing record.
 *
 * This is the part other areas rely on (emergency accounts link openings to an incident or drill, drills run as an
 * exercise incident, closing checks receive its id); incident mode adds its steps, status board and reports.
 */
export const incidentKinds = ['ransomware', 'systemFailure', 'disaster', 'other'] as const;
export type IncidentKind = (typeof incidentKinds)[number];
export const INCIDENT_KIND_JA: Record<IncidentKind, string> = {
  ransomware: 'ランサムウェア疑い',
  systemFailure: 'システム障害',
  disaster: '災害',
  other: 'その他',
};

export const incidentStatuses = ['active', 'closed'] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];

const isoInstant = z.iso.datetime();

export const incidentSchema = z.object({
  kind: z.enum(incidentKinds),
  /** true for a drill (訓練): everything works the same, and every list and paper marks it 訓練. */
  exercise: z.boolean(),
  /** The planned drill (drills area) this exercise runs, if any. */
  drillId: z.string().optional(),
  /** An emergency level id (db/emergency-levels.ts): the facility's own levels, defaulting to the procedures' three. */
  level: z.string().min(1, 'validation.required'),
  /** When it was found (often noted on paper first, so editable); declaredAt is when it was entered here. */
  discoveredAt: isoInstant,
  declaredAt: isoInstant,
  foundBy: z.string().trim().max(100, 'validation.tooLong').default(''),
  observed: z.string().trim().max(4000, 'validation.tooLong').default(''),
  status: z.enum(incidentStatuses),
  closedAt: isoInstant.optional(),
  // What incident mode adds. Optional, so the other areas' declarations (a drill's exercise) stay as they were:
  // readers take a missing list as empty (see incidentParts).
  /** 初動対応: the template's steps copied at declaration, so later template edits do not rewrite a past response. */
  steps: z.array(responseStepSchema).max(100).optional(),
  /** 稼働状況: the latest status of each system that has one (a system without one is 稼働); history is on the timeline. */
  systemStatuses: z.array(systemStatusEntrySchema).max(5000).optional(),
  /** 報告: the state of each external report (by the report rule's key). */
  reports: z.array(incidentReportSchema).max(50).optional(),
  /** The PPC questions that decide whether the 漏えい等報告 applies. */
  ppc: ppcAnswersSchema.optional(),
  /** 状況報告 to management every this many hours. */
  situationReportHours: z.number().int().min(1, 'incidents.validation.hours').max(72, 'incidents.validation.hours').optional(),
  /** When each situation report was made. */
  situationReports: z.array(isoInstant).max(1000).optional(),
  /** 事後検証, asked for at closing. */
  review: afterActionReviewSchema.optional(),
});
export type Incident = RecordMeta & z.output<typeof incidentSchema>;

/** How an incident is named in lists, links and the audit log, e.g. 「訓練 ランサムウェア疑い 2026-11-03 02:10」. */
export function incidentLabel(incident: Pick<Incident, 'kind' | 'exercise' | 'discoveredAt'>, timeText: (iso: string) => string): string {
  return `${incident.exercise ? '訓練 ' : ''}${INCIDENT_KIND_JA[incident.kind]} ${timeText(incident.discoveredAt)}`;
}

export const DEFAULT_SITUATION_REPORT_HOURS = 6;

/** The incident with incident mode's lists filled in (records declared elsewhere, e.g. by a drill, lack them). */
export function incidentParts(incident: Incident) {
  return {
    steps: incident.steps ?? [],
    systemStatuses: incident.systemStatuses ?? [],
    reports: incident.reports ?? [],
    ppc: incident.ppc ?? { sensitive: 'unknown' as const, financial: 'unknown' as const, fraud: 'unknown' as const, over1000: 'unknown' as const },
    situationReportHours: incident.situationReportHours ?? DEFAULT_SITUATION_REPORT_HOURS,
    situationReports: incident.situationReports ?? [],
  };
}

/** Each body to report this incident to under the rules in force: whether it applies, when it is due, what was sent. */
export function incidentReportLines(rules: readonly ReportRule[], incident: Incident, now: Date): ReportLine[] {
  const { ppc, reports } = incidentParts(incident);
  return reportLines(rules, { kind: incident.kind, discoveredAt: incident.discoveredAt, ppc, reports }, now);
}

/** Whether a time someone enters for this incident (a step done on paper, a report made) may be stored. */
export function eventTimeProblem(at: string, discoveredAt: string, now: Date): 'incidents.validation.future' | 'incidents.validation.beforeDiscovery' | null {
  const time = Date.parse(at);
  if (Number.isNaN(time)) return 'incidents.validation.beforeDiscovery';
  // A minute of slack: clocks of two PCs and the seconds the form was open.
  if (time > now.getTime() + 60_000) return 'incidents.validation.future';
  if (time < Date.parse(discoveredAt)) return 'incidents.validation.beforeDiscovery';
  return null;
}
