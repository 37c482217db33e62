import type { AccountEvent } from './account-event';
import { accountState } from './account-state';
import type { EmergencyAccount } from './emergency-account';
import { registerAlerts } from './misuse';
import { rotationByIncident } from './rotation';

/**
 * What the emergency account register tells the self-assessment about R6 (procedures for emergency accounts, misuse
 * detected, changed after recovery). Plain data; feature.tsx loads it and words it (accounts.evidence.*).
 */
export interface AccountEvidenceInput {
  accounts: readonly EmergencyAccount[];
  events: readonly AccountEvent[];
  /** Incidents that are closed (their ids). */
  closedIncidentIds: ReadonlySet<string>;
  today: string;
  sealCheckDays: number;
}

export interface AccountEvidenceFinding {
  verdict: 'supports' | 'contradicts';
  key: 'registered' | 'noneRegistered' | 'withProcedure' | 'unreviewed' | 'checksCurrent' | 'checksOverdue' | 'notRotated';
  values?: Record<string, number>;
}

export function accountEvidence(input: AccountEvidenceInput): AccountEvidenceFinding[] {
  const inService = input.accounts.filter((a) => accountState(input.events.filter((e) => e.accountId === a.id)) !== 'retired');
  if (inService.length === 0) return [{ verdict: 'contradicts', key: 'noneRegistered' }];
  const findings: AccountEvidenceFinding[] = [{ verdict: 'supports', key: 'registered', values: { count: inService.length } }];
  const withProcedure = inService.filter((a) => a.procedure.trim() !== '').length;
  findings.push({ verdict: withProcedure === inService.length ? 'supports' : 'contradicts', key: 'withProcedure', values: { count: withProcedure, total: inService.length } });
  const alerts = registerAlerts(input.accounts, input.events, input.today, input.sealCheckDays);
  const unreviewed = alerts.filter((a) => a.kind !== 'checkOverdue').length;
  if (unreviewed > 0) findings.push({ verdict: 'contradicts', key: 'unreviewed', values: { count: unreviewed } });
  const overdue = alerts.filter((a) => a.kind === 'checkOverdue').length;
  findings.push(overdue > 0 ? { verdict: 'contradicts', key: 'checksOverdue', values: { count: overdue } } : { verdict: 'supports', key: 'checksCurrent', values: { days: input.sealCheckDays } });
  const notRotated = [...rotationByIncident(input.events)].filter(([incidentId]) => input.closedIncidentIds.has(incidentId)).flatMap(([, ids]) => ids).length;
  if (notRotated > 0) findings.push({ verdict: 'contradicts', key: 'notRotated', values: { count: notRotated } });
  return findings;
}
