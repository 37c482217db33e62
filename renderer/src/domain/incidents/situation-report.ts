import { isOpenStep, type ResponseStep } from './response-steps';
import type { TimelineEntry } from './timeline';

/**
 * 状況報告 to management (R5) every N hours: when the next is due, and what changed since the last one. The first
 * is due N hours after discovery.
 */
export function nextSituationReportAt(discoveredAt: string, reports: readonly string[], hours: number): Date {
  const last = reports.length > 0 ? [...reports].sort().at(-1)! : discoveredAt;
  return new Date(Date.parse(last) + hours * 3_600_000);
}

/**
 * The reminder the emergency home and the top bar show: when the next report is due and whether that time has come.
 * None once the incident is closed (its last report was the record).
 */
export function situationReminder(
  incident: { status: 'active' | 'closed'; discoveredAt: string },
  parts: { situationReports: readonly string[]; situationReportHours: number },
  now: Date,
): { dueAt: Date; due: boolean } | null {
  if (incident.status !== 'active') return null;
  const dueAt = nextSituationReportAt(incident.discoveredAt, parts.situationReports, parts.situationReportHours);
  return { dueAt, due: dueAt.getTime() <= now.getTime() };
}

/** The timeline lines after the last report (or every line, for the first), oldest first. */
export function changesSince<E extends Pick<TimelineEntry, 'at'>>(entries: readonly E[], reports: readonly string[]): E[] {
  const last = reports.length > 0 ? [...reports].sort().at(-1)! : '';
  return entries.filter((e) => e.at > last).sort((a, b) => a.at.localeCompare(b.at));
}

export const openSteps = (steps: readonly ResponseStep[]) => steps.filter(isOpenStep);
