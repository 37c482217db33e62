import { formatDateTime, formatMonthDayTime } from '../../../domain/date-text';
import { INCIDENT_KIND_JA, type Incident } from '../../../domain/incidents/incident';
import type { PrintContext } from '../../../domain/print-context';

/** What every incident document is told about the print: the frame without its title. */
export type IncidentPrintHeader = Omit<PrintContext, 'documentTitle'>;

/** The incident as the documents need it (no record bookkeeping), with the level's name resolved. */
export type PrintableIncident = Omit<Incident, 'createdAt' | 'updatedAt' | 'updatedBy'> & { levelName: string };

/** A system of the inventory as the board and the sheets print it, in restore order. */
export interface PrintableBoardSystem {
  id: string;
  position: number;
  name: string;
  restorePriority: number;
  location: string;
}

/** 「訓練 ランサムウェア疑い 令和8年11月3日 02:10」 */
export function incidentName(incident: Pick<Incident, 'kind' | 'exercise' | 'discoveredAt'>): string {
  return `${incident.exercise ? '【訓練】' : ''}${INCIDENT_KIND_JA[incident.kind]} ${formatDateTime(incident.discoveredAt, 'ja')}`;
}

export const dateTime = (iso: string | undefined) => (iso ? formatDateTime(iso, 'ja') : '');
export const shortTime = (iso: string | undefined) => (iso ? formatMonthDayTime(iso, 'ja') : '');
export const small = (text: string) => ({ text: text || '—', fontSize: 8 });
