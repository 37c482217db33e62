import type { BcpDatabase } from './database';
import { deleteReferredRecord, type RecordReference } from './references';
import { Repository, type WriteContext } from './repository';

/**
 * Writes of the network area that touch more than one record, each one transaction with its audit rows.
 */

/**
 * Delete a segment. Without `moveTo`, systems or links still using it refuse the delete (the caller shows who).
 * With `moveTo`, its systems and links move to that segment first, in the same transaction; a link that would then
 * join the segment to itself is refused rather than silently dropped.
 */
export async function deleteSegment(
  db: BcpDatabase,
  references: readonly RecordReference[],
  segmentId: string,
  context: WriteContext,
  options: { moveTo?: string } = {},
): Promise<void> {
  const { moveTo } = options;
  if (moveTo === segmentId) throw new Error('a segment cannot be moved onto itself');
  await deleteReferredRecord(db, references, 'segments', segmentId, context, {
    tables: [db.systems, db.links],
    async cascade() {
      if (!moveTo) return;
      if (!(await db.segments.get(moveTo))) throw new Error(`segment ${moveTo} not found`);
      const systems = await db.systems.where('segmentId').equals(segmentId).toArray();
      await new Repository(db, 'systems').saveMany(systems.map((s) => ({ ...s, segmentId: moveTo })), context);
      const links = (await db.links.toArray()).filter((l) => l.fromSegmentId === segmentId || l.toSegmentId === segmentId);
      const moved = links.map((l) => ({
        ...l,
        fromSegmentId: l.fromSegmentId === segmentId ? moveTo : l.fromSegmentId,
        toSegmentId: l.toSegmentId === segmentId ? moveTo : l.toSegmentId,
      }));
      if (moved.some((l) => l.fromSegmentId === l.toSegmentId)) throw new SelfLinkError(moved.filter((l) => l.fromSegmentId === l.toSegmentId).map((l) => l.name));
      await new Repository(db, 'links').saveMany(moved, context);
    },
  });
}

/** Moving a segment's links would join the target to itself: the user deletes or changes those links first. */
export class SelfLinkError extends Error {
  constructor(readonly linkNames: readonly string[]) {
    super('moving would link the segment to itself');
    this.name = 'SelfLinkError';
  }
}
