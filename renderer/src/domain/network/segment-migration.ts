import type { AuditEntry } from '../audit/audit-entry';
import { recordLabel } from '../audit/audit-entry';
import type { NetworkSegment } from './segment';

/** Who the migrated records are written by (their updatedBy), in the audit trail's words. */
export const SEGMENT_MIGRATION_ACTOR = 'データ移行（ネットワークセグメント）';

type StoredSystem = Record<string, unknown> & { id: string };
type StoredSegment = Record<string, unknown> & { id: string; name?: unknown };

/**
 * Schema version 1 → 2 for systems: the free-text `segment` name of every system becomes a segment record, and the
 * system keeps the record's id in `segmentId`. Nothing is lost: each distinct name (spaces around it trimmed) becomes
 * exactly one segment with that name, a name already held by a stored segment reuses it, and systems without a name
 * get ''. The purpose is left 'other' rather than guessed: the hospital says what each segment is for.
 *
 * Used by the Dexie upgrade of a stored database (db/database.ts) and by the restore of a version-1 backup
 * (db/migrations.ts), so both give the same result. Ids are derived from the order of first use, so they are stable.
 *
 * `audit` is what the trail must say about it, in the order it happened: each segment created, then each system moved
 * into a segment (its `segment` name became `segmentId`). Systems without a name changed nothing a person typed and
 * get no row. The caller numbers and chains the rows onto the trail in the same write as the records.
 */
export function migrateFreeTextSegments(
  systems: readonly StoredSystem[],
  segments: readonly StoredSegment[],
  now: string,
): { systems: StoredSystem[]; segments: StoredSegment[]; audit: AuditEntry[] } {
  const idByName = new Map<string, string>();
  for (const s of segments) if (typeof s.name === 'string') idByName.set(s.name.trim(), s.id);
  const taken = new Set(segments.map((s) => s.id));
  const created: StoredSegment[] = [];
  const moved: AuditEntry[] = [];
  const migrated = systems.map(({ segment, ...system }) => {
    const name = typeof segment === 'string' ? segment.trim() : '';
    if (!name) return { ...system, segmentId: typeof system.segmentId === 'string' ? system.segmentId : '' };
    let id = idByName.get(name);
    if (!id) {
      let n = created.length + 1;
      while (taken.has(`migrated-segment-${n}`)) n++;
      id = `migrated-segment-${n}`;
      taken.add(id);
      idByName.set(name, id);
      const segment: NetworkSegment = { id, name, purpose: 'other', vlan: '', subnet: '', location: '', owner: '', notes: '', createdAt: now, updatedAt: now, updatedBy: SEGMENT_MIGRATION_ACTOR, ...(system.demo === true ? { demo: true } : {}) };
      created.push({ ...segment });
    }
    moved.push({ at: now, actor: SEGMENT_MIGRATION_ACTOR, table: 'systems', recordId: system.id, action: 'update', label: recordLabel(system), changedFields: ['segment', 'segmentId'] });
    return { ...system, segmentId: id };
  });
  const audit: AuditEntry[] = [
    ...created.map((s): AuditEntry => ({ at: now, actor: SEGMENT_MIGRATION_ACTOR, table: 'segments', recordId: s.id, action: 'create', label: recordLabel(s), changedFields: [] })),
    ...moved,
  ];
  return { systems: migrated, segments: [...segments, ...created], audit };
}
