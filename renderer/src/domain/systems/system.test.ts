import { describe, expect, it } from 'vitest';
import { systemFieldWarnings, systemSchema, validSystemSchema, withSystemDefaults } from './system';

const messages = (input: unknown) => {
  const result = validSystemSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('system validation', () => {
  it('keeps the original fields valid on their own (existing records and the demo workbook)', () => {
    const s = systemSchema.parse({ name: 'コアスイッチ', kind: 'networkDevice', restorePriority: 1, rtoHours: 2, rpoHours: null });
    expect(s.eos).toEqual({ endOfSale: '', endOfSupport: '', endOfService: '' });
    expect(s.riskAcceptance.accepted).toBe(false);
    expect(s.category).toBe('');
  });

  it('rejects a negative RTO, a bad date and a priority out of range with Japanese message keys', () => {
    expect(messages({ name: 'PACS', kind: 'system', rtoHours: -1, restorePriority: 0, eos: { endOfSupport: '2026-02-30' } })).toEqual(
      expect.arrayContaining(['rtoHours:systems.validation.notNegative', 'restorePriority:systems.validation.priorityRange', 'eos.endOfSupport:systems.validation.date']),
    );
  });

  it('requires the route of remote maintenance, and controls, approver and review date of a risk acceptance', () => {
    expect(messages({ name: 'CT', kind: 'medicalDevice', remoteMaintenance: { present: true }, riskAcceptance: { accepted: true } })).toEqual([
      'remoteMaintenance.route:systems.validation.remoteRouteRequired',
      'riskAcceptance.compensatingControls:systems.validation.controlsRequired',
      'riskAcceptance.approver:systems.validation.approverRequired',
      'riskAcceptance.reviewDate:systems.validation.reviewDateRequired',
    ]);
  });

  it('warns, without refusing, when support ends before sale does', () => {
    expect(systemFieldWarnings({ eos: { endOfSale: '2027-03-31', endOfSupport: '2026-03-31', endOfService: '' } })).toEqual(['supportBeforeSale']);
    expect(systemFieldWarnings({ eos: { endOfSale: '2025-03-31', endOfSupport: '2030-03-31', endOfService: '2031-03-31' } })).toEqual([]);
  });

  it('fills the newer fields of a record stored before they existed', () => {
    const old = { name: 'PACS', kind: 'system' as const, location: { building: '本館', floor: '', room: '', rack: '' } };
    const filled = withSystemDefaults(old);
    expect(filled.location.building).toBe('本館');
    expect(filled.monitoring).toEqual({ method: '', watchedBy: '' });
  });
});
