import { addDays, toLocalDateString } from '../../base/local-date';
import { compareEvents, type AccountEvent } from './account-event';
import { accountState, needsReview, SEALED_STATES } from './account-state';
import type { EmergencyAccount } from './emergency-account';

/**
 * What R6's detection asks to be seen: an opening with no incident or drill, a seal found broken (both until someone
 * records a review), and a sealed credential not checked within the period set in 設定.
 */
export type AccountAlertKind = 'openedWithoutIncident' | 'brokenSeal' | 'checkOverdue';

export interface AccountAlert {
  kind: AccountAlertKind;
  accountId: string;
  /** The event to review (opening, broken-seal check); absent for an overdue check. */
  eventId?: string;
  /** YYYY-MM-DD: when it was opened, found broken, or last sealed or checked. */
  since: string;
}

/** The local date of an event's instant. */
export function eventDate(at: string): string {
  return toLocalDateString(new Date(at));
}

/** The last day the seal was known intact: sealed here, resealed, or checked intact. */
export function lastSealConfirmed(account: Pick<EmergencyAccount, 'sealedOn'>, events: readonly AccountEvent[]): string {
  return events
    .filter((e) => e.kind === 'resealed' || (e.kind === 'sealCheck' && e.sealIntact))
    .map((e) => eventDate(e.at))
    .reduce((latest, d) => (d > latest ? d : latest), account.sealedOn);
}

/** The alerts of one account, given its events (any order). */
export function accountAlerts(account: EmergencyAccount, events: readonly AccountEvent[], today: string, sealCheckDays: number): AccountAlert[] {
  const own = events.filter((e) => e.accountId === account.id).sort(compareEvents);
  const reviewed = new Set(own.filter((e) => e.kind === 'reviewed').map((e) => e.reviewOf));
  const alerts: AccountAlert[] = own
    .filter((e) => needsReview(e) && !reviewed.has(e.id))
    .map((e) => ({ kind: e.kind === 'opened' ? 'openedWithoutIncident' : 'brokenSeal', accountId: account.id, eventId: e.id, since: eventDate(e.at) }));
  if (SEALED_STATES.has(accountState(own))) {
    const confirmed = lastSealConfirmed(account, own);
    if (confirmed < addDays(today, -sealCheckDays)) alerts.push({ kind: 'checkOverdue', accountId: account.id, since: confirmed });
  }
  return alerts;
}

/** Every account's alerts, misuse first. */
export function registerAlerts(accounts: readonly EmergencyAccount[], events: readonly AccountEvent[], today: string, sealCheckDays: number): AccountAlert[] {
  const byAccount = new Map<string, AccountEvent[]>();
  for (const e of events) byAccount.set(e.accountId, [...(byAccount.get(e.accountId) ?? []), e]);
  const order: Record<AccountAlertKind, number> = { openedWithoutIncident: 0, brokenSeal: 1, checkOverdue: 2 };
  return accounts
    .flatMap((a) => accountAlerts(a, byAccount.get(a.id) ?? [], today, sealCheckDays))
    .sort((a, b) => order[a.kind] - order[b.kind] || a.since.localeCompare(b.since));
}
