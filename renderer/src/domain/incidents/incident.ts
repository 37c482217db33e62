import { z } from 'zod';
import type { RecordMeta } from '../record';

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
});
export type Incident = RecordMeta & z.output<typeof incidentSchema>;

/** How an incident is named in lists, links and the audit log, e.g. 「訓練 ランサムウェア疑い 2026-11-03 02:10」. */
export function incidentLabel(incident: Pick<Incident, 'kind' | 'exercise' | 'discoveredAt'>, timeText: (iso: string) => string): string {
  return `${incident.exercise ? '訓練 ' : ''}${INCIDENT_KIND_JA[incident.kind]} ${timeText(incident.discoveredAt)}`;
}
