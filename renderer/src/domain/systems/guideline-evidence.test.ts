import { describe, expect, it } from 'vitest';
import { systemSchema } from './system';
import { systemBackupSchema } from './backup-register';
import { backupsEvidence, eosEvidence, inventoryEvidence, runbooksEvidence } from './guideline-evidence';

const TODAY = '2026-12-01';
const system = (id: string, over: object = {}) => ({ id, ...systemSchema.parse({ name: id, kind: 'system', restorePriority: 1, ...over }) });
const placed = (id: string, over: object = {}) => system(id, { location: { building: '本館', floor: '1F', room: 'サーバ室', rack: '' }, segmentId: 'seg-core', ...over });
const backup = (systemId: string, over: object = {}) => systemBackupSchema.parse({ systemId, method: '日次', mediaKind: 'offline', generations: 4, location: '金庫', readableWithoutSystem: true, lastTestRestoreAt: '2026-11-01', ...over });

describe('inventory evidence (台帳: systems with locations and segments)', () => {
  it('none registered contradicts', () => {
    expect(inventoryEvidence([])).toEqual([{ verdict: 'contradicts', messageKey: 'systems.evidence.noSystems', href: '/systems' }]);
  });
  it('counts the registered and those without a location or segment', () => {
    const findings = inventoryEvidence([placed('a'), system('b'), placed('c', { segmentId: '' })]);
    expect(findings.map((f) => [f.verdict, f.messageKey, f.values?.count])).toEqual([
      ['supports', 'systems.evidence.registered', 3],
      ['contradicts', 'systems.evidence.noLocation', 1],
      ['contradicts', 'systems.evidence.noSegment', 2],
    ]);
  });
});

describe('backup evidence (offline or write-once generation, test restore within the period)', () => {
  it('supports when every data-holding system has an isolated, recently tested copy', () => {
    expect(backupsEvidence([placed('a'), placed('sw', { kind: 'networkDevice' })], [backup('a')], TODAY, 180)).toEqual([
      { verdict: 'supports', messageKey: 'systems.evidence.isolatedCopies', values: { count: 1, total: 1 }, href: '/backups' },
    ]);
  });
  it('names the systems with no backup, only an appendable NAS, or an old test restore', () => {
    const findings = backupsEvidence([placed('a'), placed('b'), placed('c')], [backup('b', { mediaKind: 'appendable' }), backup('c', { lastTestRestoreAt: '2025-01-01' })], TODAY, 180);
    expect(findings.map((f) => [f.verdict, f.messageKey, f.values?.count])).toEqual([
      ['supports', 'systems.evidence.isolatedCopies', 1],
      ['contradicts', 'systems.evidence.noBackup', 1],
      ['contradicts', 'systems.evidence.notIsolated', 1],
      ['contradicts', 'systems.evidence.untested', 1],
    ]);
  });
  it('says nothing without data-holding systems', () => {
    expect(backupsEvidence([placed('sw', { kind: 'networkDevice' })], [], TODAY, 180)).toEqual([]);
  });
});

describe('runbook evidence', () => {
  it('counts data-holding systems with and without written restore steps', () => {
    expect(runbooksEvidence([placed('a'), placed('b')], [{ systemId: 'a' }]).map((f) => [f.verdict, f.values])).toEqual([
      ['supports', { count: 1, total: 2 }],
      ['contradicts', { count: 1 }],
    ]);
  });
});

describe('EOS evidence (systems past support with risk acceptance)', () => {
  const eos = (endOfSupport: string) => ({ eos: { endOfSale: '', endOfSupport, endOfService: '' } });
  it('supports when nothing is out of support', () => {
    expect(eosEvidence([placed('a', eos('2030-03-31'))], TODAY)).toEqual([{ verdict: 'supports', messageKey: 'systems.evidence.noneUnsupported', values: { count: 1 }, href: '/systems' }]);
  });
  it('contradicts when a system past EOS has no risk acceptance; supports once every one has', () => {
    const old = placed('old', eos('2025-03-31'));
    expect(eosEvidence([old, placed('b', eos('2030-03-31'))], TODAY)).toEqual([
      { verdict: 'contradicts', messageKey: 'systems.evidence.unsupportedUnaccepted', values: { count: 1, unaccepted: 1 }, href: '/systems' },
    ]);
    const accepted = { ...old, riskAcceptance: { ...old.riskAcceptance, accepted: true, compensatingControls: '隔離', approver: '院長', acceptedOn: '2025-04-01', reviewDate: '2027-03-31' } };
    expect(eosEvidence([accepted], TODAY)[0]?.messageKey).toBe('systems.evidence.unsupportedAccepted');
  });
  it('says nothing when no dates are known', () => {
    expect(eosEvidence([placed('a')], TODAY)).toEqual([]);
  });
});
