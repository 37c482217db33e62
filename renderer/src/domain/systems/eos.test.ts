import { describe, expect, it } from 'vitest';
import { eosLevel, eosReport, eosWarnings, legacyWarnings, supportStatus } from './eos';
import { systemSchema } from './system';

const TODAY = '2026-11-21';
const device = (eos: Partial<Record<'endOfSale' | 'endOfSupport' | 'endOfService', string>>, extra: Record<string, unknown> = {}) =>
  systemSchema.parse({ name: 'CT装置', kind: 'medicalDevice', eos, ...extra });

describe('EOS warnings', () => {
  it.each([
    ['2025-01-01', 'past'],
    ['2026-11-21', 'past'],
    ['2026-11-22', 'within3'],
    ['2027-02-21', 'within3'],
    ['2027-02-22', 'within6'],
    ['2027-05-21', 'within6'],
    ['2027-05-22', 'within12'],
    ['2027-11-21', 'within12'],
    ['2027-11-22', null],
    ['', null],
  ])('%s seen on 2026-11-21 → %s', (date, level) => {
    expect(eosLevel(date, TODAY)).toBe(level);
  });

  it('counts months on the calendar, clamping to the end of short months', () => {
    // 3 months after 2026-11-30 is 2027-02-28.
    expect(eosLevel('2027-02-28', '2026-11-30')).toBe('within3');
    expect(eosLevel('2027-03-01', '2026-11-30')).toBe('within6');
  });

  it('lists each milestone, most urgent first', () => {
    const warnings = eosWarnings(device({ endOfSale: '2026-01-31', endOfSupport: '2027-04-30', endOfService: '2030-03-31' }), TODAY);
    expect(warnings).toEqual([
      { milestone: 'endOfSale', date: '2026-01-31', level: 'past' },
      { milestone: 'endOfSupport', date: '2027-04-30', level: 'within6' },
    ]);
  });

  it('asks for a risk acceptance once support has ended, and for its review when due', () => {
    expect(legacyWarnings(device({ endOfSupport: '2026-03-31' }), TODAY)).toEqual(['noRiskAcceptance']);
    const accepted = device(
      { endOfSupport: '2026-03-31' },
      { riskAcceptance: { accepted: true, compensatingControls: 'VLAN 分離', approver: '院長', reviewDate: '2026-10-01' } },
    );
    expect(legacyWarnings(accepted, TODAY)).toEqual(['riskReviewDue']);
    expect(legacyWarnings({ ...accepted, riskAcceptance: { ...accepted.riskAcceptance, reviewDate: '2027-04-01' } }, TODAY)).toEqual([]);
    expect(legacyWarnings(device({ endOfSupport: '2027-03-31' }), TODAY)).toEqual([]);
  });

  it('summarises support status', () => {
    expect(supportStatus(device({}), TODAY)).toBe('unknown');
    expect(supportStatus(device({ endOfSupport: '2026-01-01' }), TODAY)).toBe('unsupported');
    expect(supportStatus(device({ endOfSupport: '2027-01-01' }), TODAY)).toBe('endingSoon');
    expect(supportStatus(device({ endOfSupport: '2030-01-01' }), TODAY)).toBe('supported');
  });

  it('reports only systems needing attention, past ones first', () => {
    const soon = { ...device({ endOfSupport: '2027-01-31' }), name: '検査' };
    const past = { ...device({ endOfService: '2025-12-31' }), name: 'PACS' };
    const fine = { ...device({ endOfSupport: '2031-01-31' }), name: '給食' };
    expect(eosReport([soon, fine, past], TODAY).map((r) => r.system.name)).toEqual(['PACS', '検査']);
  });
});
