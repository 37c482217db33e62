import { describe, expect, it } from 'vitest';
import { drillSchema, drillState } from './drill';
import { drillDue, drillsHeldIn } from './drill-due';
import { drillEvidence } from './drill-evidence';

const drill = (fields: Record<string, unknown>) => drillSchema.parse({ title: '訓練', scheduledFor: '2026-06-01', kind: 'tabletop', ...fields });

describe('drill due rules', () => {
  it('says a drill is due at once when none was ever held', () => {
    expect(drillDue([], 365, '2026-11-21')).toEqual({ state: 'never' });
    expect(drillDue([drill({ scheduledFor: '2026-12-01' })], 365, '2026-11-21')).toEqual({ plannedOn: '2026-12-01', state: 'ok' });
  });

  it('counts the interval from the last drill held', () => {
    const held = [drill({ heldOn: '2025-06-01', finishedAt: '2025-06-01T03:00:00.000Z' }), drill({ heldOn: '2025-11-10' })];
    expect(drillDue(held, 365, '2026-05-01')).toEqual({ lastHeldOn: '2025-11-10', dueOn: '2026-11-10', state: 'ok' });
    expect(drillDue(held, 365, '2026-10-01')).toMatchObject({ dueOn: '2026-11-10', state: 'dueSoon' });
    expect(drillDue(held, 365, '2026-11-11')).toMatchObject({ dueOn: '2026-11-10', state: 'overdue' });
    expect(drillDue(held, 180, '2026-05-01')).toMatchObject({ dueOn: '2026-05-09', state: 'dueSoon' });
  });

  it('is satisfied by a drill planned on or before the due day, not by one planned after it', () => {
    const held = drill({ heldOn: '2025-11-10' });
    expect(drillDue([held, drill({ scheduledFor: '2026-11-01' })], 365, '2026-10-01')).toMatchObject({ plannedOn: '2026-11-01', state: 'ok' });
    expect(drillDue([held, drill({ scheduledFor: '2026-12-20' })], 365, '2026-11-20')).toMatchObject({ plannedOn: '2026-12-20', state: 'overdue' });
  });

  it('tells planned, running and held drills apart', () => {
    expect(drillState(drill({}))).toBe('planned');
    expect(drillState(drill({ incidentId: 'i1', heldOn: '2026-06-01' }))).toBe('running');
    expect(drillState(drill({ incidentId: 'i1', heldOn: '2026-06-01', finishedAt: '2026-06-01T05:00:00.000Z' }))).toBe('held');
  });

  it('finds the drills held in a 年度', () => {
    const drills = [drill({ heldOn: '2026-03-31' }), drill({ heldOn: '2026-04-01' }), drill({ heldOn: '2027-03-31' }), drill({})];
    expect(drillsHeldIn(drills, { start: '2026-04-01', end: '2027-03-31' }).map((d) => d.heldOn)).toEqual(['2026-04-01', '2027-03-31']);
  });
});

describe('drill evidence', () => {
  const year = { start: '2026-04-01', end: '2027-03-31' };
  const approval = { approverContactId: '', approverName: '院長', approverRole: '', approvedOn: '2026-07-01', reference: '' };
  it('contradicts the item when no drill was held in the 年度', () => {
    expect(drillEvidence([drill({ heldOn: '2025-12-01' })], year)).toEqual([{ verdict: 'contradicts', messageKey: 'drills.evidence.none', href: '/drills' }]);
  });
  it('supports it with the drills held, and names the reports management has not approved', () => {
    const found = drillEvidence([drill({ heldOn: '2026-06-01', approval }), drill({ heldOn: '2026-10-01' })], year);
    expect(found.map((f) => [f.verdict, f.messageKey, f.values])).toEqual([
      ['supports', 'drills.evidence.held', { count: 2, date: '2026-10-01' }],
      ['supports', 'drills.evidence.approved', { count: 1 }],
      ['contradicts', 'drills.evidence.notApproved', { count: 1 }],
    ]);
  });
});
