import { compareEvents, type AccountEvent } from './account-event';

/**
 * 復旧後の変更 (R6 rotation): every account opened during an incident must be changed and resealed, or retired,
 * before that incident may close. An opening is settled by the first change-and-reseal or retirement after it.
 */
export function accountsAwaitingRotation(events: readonly AccountEvent[], incidentId: string): string[] {
  const pending = new Set<string>();
  for (const e of [...events].sort(compareEvents)) {
    if (e.kind === 'opened' && e.incidentId === incidentId) pending.add(e.accountId);
    if (e.kind === 'resealed' || e.kind === 'retired') pending.delete(e.accountId);
  }
  return [...pending];
}

/** Incidents with accounts still to change, each with those accounts' ids (for the register's 復旧後の変更 list). */
export function rotationByIncident(events: readonly AccountEvent[]): Map<string, string[]> {
  const incidents = new Set(events.filter((e) => e.kind === 'opened' && e.incidentId).map((e) => e.incidentId));
  const result = new Map<string, string[]>();
  for (const id of incidents) {
    const pending = accountsAwaitingRotation(events, id);
    if (pending.length > 0) result.set(id, pending);
  }
  return result;
}
