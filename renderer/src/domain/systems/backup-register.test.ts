import { describe, expect, it } from 'vitest';
import { backupMethodWarnings, backupReport, systemBackupSchema, systemBackupWarnings } from './backup-register';

const TODAY = '2026-11-21';
const backup = (fields: Record<string, unknown>) => systemBackupSchema.parse({ systemId: 's1', method: '日次フル', mediaKind: 'appendable', generations: 7, ...fields });

describe('backup warnings', () => {
  it('warns when every generation is on appendable media (the ransomware lesson)', () => {
    const nas = backup({ lastTestRestoreAt: '2026-10-01', readableWithoutSystem: true });
    expect(systemBackupWarnings({ kind: 'system' }, [nas], TODAY, 180)).toEqual(['noIsolatedCopy']);
    expect(systemBackupWarnings({ kind: 'system' }, [nas, backup({ mediaKind: 'offline' })], TODAY, 180)).toEqual([]);
    expect(systemBackupWarnings({ kind: 'system' }, [nas, backup({ mediaKind: 'writeOnce' })], TODAY, 180)).toEqual([]);
  });

  it('warns when no method had a successful test restore within the set period', () => {
    // 180 days before 2026-11-21 is 2026-05-25: tested that day still counts, the day before does not.
    const tape = backup({ mediaKind: 'offline', readableWithoutSystem: true, lastTestRestoreAt: '2026-05-25' });
    expect(systemBackupWarnings({ kind: 'server' }, [tape], TODAY, 180)).toEqual([]);
    expect(systemBackupWarnings({ kind: 'server' }, [{ ...tape, lastTestRestoreAt: '2026-05-24' }], TODAY, 180)).toEqual(['noRecentTestRestore']);
    expect(systemBackupWarnings({ kind: 'server' }, [{ ...tape, lastTestRestoreAt: '2026-05-24' }], TODAY, 181)).toEqual([]);
    expect(systemBackupWarnings({ kind: 'server' }, [{ ...tape, lastTestRestoreAt: '' }], TODAY, 180)).toEqual(['noRecentTestRestore']);
  });

  it('warns when backups can only be read through the system itself', () => {
    const tape = backup({ mediaKind: 'offline', lastTestRestoreAt: '2026-11-01' });
    expect(systemBackupWarnings({ kind: 'system' }, [tape], TODAY, 180)).toEqual(['onlyThroughSystem']);
  });

  it('warns about a system or server with no backup at all, not about a terminal', () => {
    expect(systemBackupWarnings({ kind: 'system' }, [], TODAY, 180)).toEqual(['noBackup']);
    expect(systemBackupWarnings({ kind: 'terminal' }, [], TODAY, 180)).toEqual([]);
  });

  it('judges each method on its own test date', () => {
    expect(backupMethodWarnings({ lastTestRestoreAt: '' }, TODAY, 180)).toEqual(['neverTested']);
    expect(backupMethodWarnings({ lastTestRestoreAt: '2026-01-01' }, TODAY, 180)).toEqual(['testOverdue']);
    expect(backupMethodWarnings({ lastTestRestoreAt: '2026-11-01' }, TODAY, 180)).toEqual([]);
    expect(backupMethodWarnings({ lastTestRestoreAt: '2026-12-01' }, TODAY, 180)).toEqual(['testDateInFuture']);
  });

  it('lists systems with gaps in restore-priority order', () => {
    const systems = [
      { id: 'b', name: 'PACS', kind: 'system' as const, restorePriority: 6 },
      { id: 'a', name: '電子カルテ', kind: 'system' as const, restorePriority: 3 },
      { id: 'c', name: '端末', kind: 'terminal' as const, restorePriority: 1 },
    ];
    const report = backupReport(systems, [{ ...backup({ mediaKind: 'offline', readableWithoutSystem: true, lastTestRestoreAt: '2026-11-01' }), systemId: 'b' }], TODAY, 180);
    expect(report.map((r) => [r.system.name, r.warnings])).toEqual([['電子カルテ', ['noBackup']]]);
  });

  it('rejects zero generations and a blank method with their messages', () => {
    const result = systemBackupSchema.safeParse({ systemId: 's1', method: ' ', mediaKind: 'offline', generations: 0 });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(messages).toEqual(expect.arrayContaining(['method:validation.required', 'generations:systems.validation.generationsMin']));
  });
});
