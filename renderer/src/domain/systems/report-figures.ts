import { ISOLATED_MEDIA, type SystemBackupFields } from './backup-register';
import { supportStatus } from './eos';
import type { RunbookRunFields } from './runbook-run';
import type { SystemFields } from './system';

/** The systems area's preparedness for the management report of a 年度 (bounds inclusive, YYYY-MM-DD). */
export function systemsPreparedness(
  input: {
    systems: readonly (Pick<SystemFields, 'eos'> & { id: string })[];
    backups: readonly Pick<SystemBackupFields, 'systemId' | 'mediaKind'>[];
    runbookIds: readonly string[];
    runs: readonly Pick<RunbookRunFields, 'runbookId' | 'kind' | 'startedAt'>[];
  },
  period: { start: string; end: string },
  asOf: string,
) {
  const isolated = new Set(input.backups.filter((b) => ISOLATED_MEDIA.has(b.mediaKind)).map((b) => b.systemId));
  const drilled = new Set(input.runs.filter((r) => r.kind === 'drill' && r.startedAt.slice(0, 10) >= period.start && r.startedAt.slice(0, 10) <= period.end).map((r) => r.runbookId));
  return {
    systems: input.systems.length,
    withIsolatedBackup: input.systems.filter((s) => isolated.has(s.id)).length,
    pastEos: input.systems.filter((s) => supportStatus(s, asOf) === 'unsupported').length,
    runbooks: input.runbookIds.length,
    runbooksDrilled: input.runbookIds.filter((id) => drilled.has(id)).length,
  };
}
