import type { EvidenceFinding } from '../evidence-topics';
import { backupReport, type SystemBackupFields } from './backup-register';
import { legacyWarnings, supportStatus } from './eos';
import type { Runbook } from './runbook';
import type { SystemFields } from './system';

/**
 * What the inventory, the backup register and the runbooks say about the guideline items (never an answer: the
 * self-assessment shows these beside the item). Messages are under `systems.evidence.`.
 */

type System = Pick<SystemFields, 'name' | 'kind' | 'restorePriority' | 'location' | 'segmentId' | 'eos' | 'riskAcceptance'> & { id: string };

const KINDS_HOLDING_DATA = new Set(['system', 'server']);

/** 台帳: systems registered, each with where it stands and which network segment it is on (R18, 2-①). */
export function inventoryEvidence(systems: readonly System[]): EvidenceFinding[] {
  if (systems.length === 0) return [{ verdict: 'contradicts', messageKey: 'systems.evidence.noSystems', href: '/systems' }];
  const findings: EvidenceFinding[] = [{ verdict: 'supports', messageKey: 'systems.evidence.registered', values: { count: systems.length }, href: '/systems' }];
  const noLocation = systems.filter((s) => !s.location.building && !s.location.floor && !s.location.room).length;
  const noSegment = systems.filter((s) => !s.segmentId).length;
  if (noLocation > 0) findings.push({ verdict: 'contradicts', messageKey: 'systems.evidence.noLocation', values: { count: noLocation }, href: '/systems' });
  if (noSegment > 0) findings.push({ verdict: 'contradicts', messageKey: 'systems.evidence.noSegment', values: { count: noSegment }, href: '/systems' });
  return findings;
}

/** Backups: every data-holding system has an offline or write-once generation and a test restore within the period. */
export function backupsEvidence(systems: readonly System[], backups: readonly Pick<SystemBackupFields, 'systemId' | 'mediaKind' | 'lastTestRestoreAt' | 'readableWithoutSystem'>[], today: string, testRestoreDays: number): EvidenceFinding[] {
  const holding = systems.filter((s) => KINDS_HOLDING_DATA.has(s.kind));
  if (holding.length === 0) return [];
  const gaps = backupReport(holding, backups, today, testRestoreDays);
  const count = (w: string) => gaps.filter((g) => g.warnings.includes(w as never)).length;
  const none = count('noBackup');
  const notIsolated = count('noIsolatedCopy');
  const untested = count('noRecentTestRestore');
  const findings: EvidenceFinding[] = [];
  const isolated = holding.length - none - notIsolated;
  if (isolated > 0) findings.push({ verdict: 'supports', messageKey: 'systems.evidence.isolatedCopies', values: { count: isolated, total: holding.length }, href: '/backups' });
  if (none > 0) findings.push({ verdict: 'contradicts', messageKey: 'systems.evidence.noBackup', values: { count: none }, href: '/backups' });
  if (notIsolated > 0) findings.push({ verdict: 'contradicts', messageKey: 'systems.evidence.notIsolated', values: { count: notIsolated }, href: '/backups' });
  if (untested > 0) findings.push({ verdict: 'contradicts', messageKey: 'systems.evidence.untested', values: { count: untested, days: testRestoreDays }, href: '/backups' });
  return findings;
}

/** Runbooks: the data-holding systems that have written restore steps. */
export function runbooksEvidence(systems: readonly System[], runbooks: readonly Pick<Runbook, 'systemId'>[]): EvidenceFinding[] {
  const holding = systems.filter((s) => KINDS_HOLDING_DATA.has(s.kind));
  if (holding.length === 0) return [];
  const covered = new Set(runbooks.map((r) => r.systemId));
  const withBook = holding.filter((s) => covered.has(s.id)).length;
  const findings: EvidenceFinding[] = [];
  if (withBook > 0) findings.push({ verdict: 'supports', messageKey: 'systems.evidence.runbooks', values: { count: withBook, total: holding.length }, href: '/runbooks' });
  if (withBook < holding.length) findings.push({ verdict: 'contradicts', messageKey: 'systems.evidence.noRunbook', values: { count: holding.length - withBook }, href: '/runbooks' });
  return findings;
}

/** EOS: systems past their support, and whether each has a risk acceptance (R13, R16). */
export function eosEvidence(systems: readonly System[], today: string): EvidenceFinding[] {
  const past = systems.filter((s) => supportStatus(s, today) === 'unsupported');
  const known = systems.filter((s) => supportStatus(s, today) !== 'unknown').length;
  if (past.length === 0) return known > 0 ? [{ verdict: 'supports', messageKey: 'systems.evidence.noneUnsupported', values: { count: known }, href: '/systems' }] : [];
  const unaccepted = past.filter((s) => legacyWarnings(s, today).includes('noRiskAcceptance')).length;
  if (unaccepted === 0) return [{ verdict: 'supports', messageKey: 'systems.evidence.unsupportedAccepted', values: { count: past.length }, href: '/systems' }];
  return [{ verdict: 'contradicts', messageKey: 'systems.evidence.unsupportedUnaccepted', values: { count: past.length, unaccepted }, href: '/systems' }];
}
