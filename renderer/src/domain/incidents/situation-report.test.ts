import { describe, expect, it } from 'vitest';
import { situationReminder } from './situation-report';

const discoveredAt = '2026-12-31T20:00:00.000Z';
const active = { status: 'active' as const, discoveredAt };
const at = (iso: string) => new Date(iso);

describe('situation report reminder', () => {
  it('is due N hours after discovery for the first report, to the minute', () => {
    const parts = { situationReports: [], situationReportHours: 6 };
    expect(situationReminder(active, parts, at('2027-01-01T01:59:00.000Z'))).toEqual({ dueAt: at('2027-01-01T02:00:00.000Z'), due: false });
    expect(situationReminder(active, parts, at('2027-01-01T02:00:00.000Z'))?.due).toBe(true);
  });

  it('counts from the latest report made, whatever order they were stored in', () => {
    const parts = { situationReports: ['2027-01-01T05:00:00.000Z', '2027-01-01T02:10:00.000Z'], situationReportHours: 6 };
    expect(situationReminder(active, parts, at('2027-01-01T08:00:00.000Z'))).toEqual({ dueAt: at('2027-01-01T11:00:00.000Z'), due: false });
    expect(situationReminder(active, parts, at('2027-01-01T11:30:00.000Z'))?.due).toBe(true);
  });

  it('follows the interval set for the incident', () => {
    expect(situationReminder(active, { situationReports: [], situationReportHours: 1 }, at('2026-12-31T21:00:00.000Z'))?.due).toBe(true);
    expect(situationReminder(active, { situationReports: [], situationReportHours: 72 }, at('2027-01-03T19:59:00.000Z'))?.due).toBe(false);
  });

  it('reminds of nothing once the incident is closed', () => {
    expect(situationReminder({ ...active, status: 'closed' }, { situationReports: [], situationReportHours: 6 }, at('2027-02-01T00:00:00.000Z'))).toBeNull();
  });
});
