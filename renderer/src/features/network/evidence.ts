import { networkFindings, remoteMaintenanceFindings } from '../../domain/network/evidence';
import type { GuidelineEvidenceRule } from '../../workbook/feature-module';

/** The network area's evidence for the self-assessment: it reads the tables and hands them to the pure rules. */
export const networkEvidence: readonly GuidelineEvidenceRule[] = [
  {
    topic: 'network',
    key: 'network-segments',
    async evaluate(db) {
      const [segments, linkCount, systems] = await Promise.all([db.segments.toArray(), db.links.count(), db.systems.toArray()]);
      return networkFindings(segments, linkCount, systems.map((s) => ({ kind: s.kind, segmentId: s.segmentId ?? '' })));
    },
  },
  {
    topic: 'remoteMaintenance',
    key: 'network-remote-maintenance',
    async evaluate(db) {
      return remoteMaintenanceFindings(await db.links.toArray());
    },
  },
];
