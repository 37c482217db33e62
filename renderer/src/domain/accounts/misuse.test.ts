import { describe, expect, it } from 'vitest';
import { accountEvidence } from './evidence';
import { accountAlerts, registerAlerts } from './misuse';
import { accountsAwaitingRotation, rotationByIncident } from './rotation';
import { testAccount, testEvent } from './testing';

const account = testAccount('a1', { sealedOn: '2026-10-01' });

describe('misuse is visible (R6 detection)', () => {
  it('shows an opening with no incident or drill until a review of it is recorded', () => {
    const open = testEvent('o', { kind: 'opened', at: '2026-10-10T01:00:00Z' });
    expect(accountAlerts(account, [open], '2026-10-11', 90)).toEqual([{ kind: 'openedWithoutIncident', accountId: 'a1', eventId: 'o', since: expect.any(String) }]);
    const review = testEvent('r', { kind: 'reviewed', at: '2026-10-11T01:00:00Z', reviewOf: 'o' });
    expect(accountAlerts(account, [open, review], '2026-10-11', 90)).toEqual([]);
    const duringDrill = testEvent('d', { kind: 'opened', at: '2026-10-10T01:00:00Z', incidentId: 'drill-1' });
    expect(accountAlerts(account, [duringDrill], '2026-10-11', 90)).toEqual([]);
  });

  it('shows a broken seal the same way, and a seal check overdue after the period', () => {
    const broken = testEvent('b', { kind: 'sealCheck', at: '2026-10-10T01:00:00Z', sealIntact: false });
    expect(accountAlerts(account, [broken], '2026-10-11', 90).map((a) => a.kind)).toEqual(['brokenSeal']);
    expect(accountAlerts(account, [], '2026-12-30', 90)).toEqual([]);
    expect(accountAlerts(account, [], '2026-12-31', 90)).toEqual([{ kind: 'checkOverdue', accountId: 'a1', since: '2026-10-01' }]);
    const intact = testEvent('c', { kind: 'sealCheck', at: '2026-12-01T01:00:00Z' });
    expect(accountAlerts(account, [intact], '2026-12-31', 90)).toEqual([]);
    // An open or retired envelope is not "overdue for a seal check": it is on the rotation list or gone.
    const retired = testEvent('x', { kind: 'retired', at: '2026-10-05T01:00:00Z' });
    expect(accountAlerts(account, [retired], '2027-06-01', 90)).toEqual([]);
  });

  it('lists misuse before overdue checks across the register', () => {
    const other = testAccount('a2');
    const open = testEvent('o', { kind: 'opened', at: '2026-12-30T01:00:00Z', accountId: 'a2' });
    expect(registerAlerts([account, other], [open], '2026-12-31', 90).map((a) => `${a.kind}:${a.accountId}`)).toEqual(['openedWithoutIncident:a2', 'checkOverdue:a1']);
  });
});

describe('changed after recovery (R6 rotation)', () => {
  const open = testEvent('o', { kind: 'opened', at: '2026-11-01T01:00:00Z', incidentId: 'inc-1' });
  const used = testEvent('u', { kind: 'used', at: '2026-11-01T02:00:00Z' });
  it('keeps an account opened during an incident on its list until it is changed and resealed or retired', () => {
    expect(accountsAwaitingRotation([open, used], 'inc-1')).toEqual(['a1']);
    expect(accountsAwaitingRotation([open, used], 'inc-2')).toEqual([]);
    const resealed = testEvent('s', { kind: 'resealed', at: '2026-11-02T01:00:00Z' });
    expect(accountsAwaitingRotation([open, used, resealed], 'inc-1')).toEqual([]);
    const retired = testEvent('t', { kind: 'retired', at: '2026-11-02T01:00:00Z' });
    expect(accountsAwaitingRotation([open, retired], 'inc-1')).toEqual([]);
    expect([...rotationByIncident([open, used])]).toEqual([['inc-1', ['a1']]]);
  });

  it('gives the self-assessment its evidence', () => {
    const withSteps = testAccount('a1', { procedure: '1. 封筒を開封する', sealedOn: '2026-11-01' });
    const findings = accountEvidence({ accounts: [withSteps], events: [open], closedIncidentIds: new Set(['inc-1']), today: '2026-11-20', sealCheckDays: 90 });
    expect(findings.map((f) => `${f.verdict}:${f.key}`)).toEqual(['supports:registered', 'supports:withProcedure', 'supports:checksCurrent', 'contradicts:notRotated']);
    expect(accountEvidence({ accounts: [], events: [], closedIncidentIds: new Set(), today: '2026-11-20', sealCheckDays: 90 })).toEqual([{ verdict: 'contradicts', key: 'noneRegistered' }]);
  });
});
