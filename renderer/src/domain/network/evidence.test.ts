import { describe, expect, it } from 'vitest';
import { networkFindings, remoteMaintenanceFindings } from './evidence';

const cut = (steps: string) => ({ port: '', room: '', rack: '', who: '', steps, stopsWhenCut: '' });

describe('guideline evidence of the network', () => {
  it('remote maintenance: none registered, registered with steps, registered without', () => {
    expect(remoteMaintenanceFindings([]).map((f) => f.messageKey)).toEqual(['network.evidence.remoteNone']);
    const findings = remoteMaintenanceFindings([
      { remoteMaintenance: true, cut: cut('VPN を無効にする') },
      { remoteMaintenance: true, cut: cut('  ') },
      { remoteMaintenance: false, cut: cut('') },
    ]);
    expect(findings.map((f) => [f.verdict, f.values])).toEqual([
      ['supports', { count: 1 }],
      ['contradicts', { count: 1 }],
    ]);
  });

  it('network: backups on their own segment, and terminals found there', () => {
    expect(networkFindings([], 0, []).map((f) => f.messageKey)).toEqual(['network.evidence.noSegments']);
    const segments = [
      { id: 'a', name: '電子カルテ系', purpose: 'ehr' as const },
      { id: 'b', name: 'バックアップ系', purpose: 'backup' as const },
    ];
    expect(networkFindings(segments.slice(0, 1), 1, []).map((f) => f.messageKey)).toEqual(['network.evidence.diagram', 'network.evidence.backupMissing']);
    const findings = networkFindings(segments, 2, [
      { kind: 'server', segmentId: 'b' },
      { kind: 'terminal', segmentId: 'b' },
    ]);
    expect(findings.map((f) => [f.verdict, f.messageKey])).toEqual([
      ['supports', 'network.evidence.diagram'],
      ['supports', 'network.evidence.backupSeparate'],
      ['contradicts', 'network.evidence.backupShared'],
    ]);
  });
});
