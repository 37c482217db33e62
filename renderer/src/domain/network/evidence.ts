import type { SystemKind } from '../systems/system';
import { cutSteps, type LinkFields } from './link';
import type { SegmentFields } from './segment';

/**
 * What the network records say for the guideline self-assessment (the rules give findings, never answers). Shapes
 * mirror workbook/feature-module.ts's EvidenceFinding without importing it (the domain stays below the workbook).
 */
export interface NetworkFinding {
  verdict: 'supports' | 'contradicts';
  messageKey: string;
  values?: Record<string, string | number>;
  href?: string;
}

type Segment = Pick<SegmentFields, 'name' | 'purpose'> & { id: string };
type Link = Pick<LinkFields, 'remoteMaintenance' | 'cut'>;
type System = { kind: SystemKind; segmentId: string };

/** 'remoteMaintenance' (R7 checklist 2-②): every remote maintenance line is registered with how to cut it. */
export function remoteMaintenanceFindings(links: readonly Link[]): NetworkFinding[] {
  const remote = links.filter((l) => l.remoteMaintenance);
  if (remote.length === 0) return [{ verdict: 'contradicts', messageKey: 'network.evidence.remoteNone', href: '/network' }];
  const withSteps = remote.filter((l) => cutSteps(l).length > 0).length;
  const findings: NetworkFinding[] = [];
  if (withSteps > 0) findings.push({ verdict: 'supports', messageKey: 'network.evidence.remoteRegistered', values: { count: withSteps }, href: '/network/isolation' });
  if (withSteps < remote.length) findings.push({ verdict: 'contradicts', messageKey: 'network.evidence.remoteWithoutSteps', values: { count: remote.length - withSteps }, href: '/network' });
  return findings;
}

/** 'network' (R8, R18): segments and links are known, and the backups sit on a segment of their own. */
export function networkFindings(segments: readonly Segment[], linkCount: number, systems: readonly System[]): NetworkFinding[] {
  if (segments.length === 0) return [{ verdict: 'contradicts', messageKey: 'network.evidence.noSegments', href: '/network' }];
  const findings: NetworkFinding[] = [{ verdict: 'supports', messageKey: 'network.evidence.diagram', values: { segments: segments.length, links: linkCount }, href: '/network/diagram' }];
  const backup = segments.filter((s) => s.purpose === 'backup');
  if (backup.length === 0) {
    findings.push({ verdict: 'contradicts', messageKey: 'network.evidence.backupMissing', href: '/network' });
    return findings;
  }
  findings.push({ verdict: 'supports', messageKey: 'network.evidence.backupSeparate', values: { names: backup.map((s) => s.name).join('、') }, href: '/network' });
  // Terminals and medical devices on the backup segment are the "backups on the same LAN" of past incidents.
  const ids = new Set(backup.map((s) => s.id));
  const shared = systems.filter((s) => ids.has(s.segmentId) && (s.kind === 'terminal' || s.kind === 'medicalDevice')).length;
  if (shared > 0) findings.push({ verdict: 'contradicts', messageKey: 'network.evidence.backupShared', values: { count: shared }, href: '/network' });
  return findings;
}
