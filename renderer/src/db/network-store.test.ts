import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase } from './database';
import { networkReferences } from './network-references';
import { deleteSegment, SelfLinkError } from './network-store';
import { DeleteRefusedError } from './references';
import { StorageError } from './errors';
import { Repository } from './repository';
import { SCHEMA_V1 } from './schema';
import { chainRows, verifyAuditChain } from '../domain/audit/audit-chain';
import { SEGMENT_MIGRATION_ACTOR } from '../domain/network/segment-migration';
import { freshDatabase } from './testing';
import { systemSchema } from '../domain/systems/system';
import { linkSchema } from '../domain/network/link';
import { segmentSchema } from '../domain/network/segment';

const context = { actor: 'テスト' };

describe('schema 1 → 2: a stored database', () => {
  it('turns free-text segment names into segment records when it opens, losing none', async () => {
    const name = `upgrade-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.open();
    const meta = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', updatedBy: 'x' };
    await old.table('systems').bulkPut([
      { id: 'a', name: 'A', kind: 'system', segment: '電子カルテ系', ...meta },
      { id: 'b', name: 'B', kind: 'server', segment: '部門系', ...meta },
      { id: 'c', name: 'C', kind: 'server', segment: '電子カルテ系', ...meta },
      { id: 'd', name: 'D', kind: 'server', segment: '', ...meta },
    ]);
    old.close();

    const db = createDatabase(name);
    await db.open();
    const segments = new Map((await db.segments.toArray()).map((s) => [s.id, s.name]));
    const systems = await db.systems.orderBy('id').toArray();
    expect(systems.map((s) => segments.get(s.segmentId) ?? '')).toEqual(['電子カルテ系', '部門系', '電子カルテ系', '']);
    expect(systems.every((s) => !('segment' in s))).toBe(true);
    expect(await db.systems.where('segmentId').equals(systems[0]!.segmentId).count()).toBe(2);
    db.close();
  });

  it('records the segments it made and the systems it moved in the audit trail, chained after the rows already there', async () => {
    const name = `upgrade-audit-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.open();
    const meta = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', updatedBy: 'x' };
    await old.table('systems').bulkPut([
      { id: 'a', name: '電子カルテ', kind: 'system', segment: '電子カルテ系', ...meta },
      { id: 'b', name: 'PACS', kind: 'server', segment: '部門系', ...meta },
      { id: 'c', name: '予備機', kind: 'server', segment: '', ...meta },
    ]);
    const before = chainRows([{ at: meta.createdAt, actor: 'x', table: 'systems', recordId: 'a', action: 'create', label: '電子カルテ', changedFields: [] }], undefined);
    await old.table('auditLog').bulkAdd(before);
    old.close();

    const db = createDatabase(name);
    await db.open();
    const trail = await db.auditLog.orderBy('seq').toArray();
    expect((await verifyAuditChain(trail)).ok).toBe(true);
    expect(trail[0]).toEqual(before[0]);
    const segments = new Map((await db.segments.toArray()).map((s) => [s.name, s.id]));
    expect(trail.slice(1).map((r) => [r.actor, r.table, r.recordId, r.action, r.label, r.changedFields])).toEqual([
      [SEGMENT_MIGRATION_ACTOR, 'segments', segments.get('電子カルテ系'), 'create', '電子カルテ系', []],
      [SEGMENT_MIGRATION_ACTOR, 'segments', segments.get('部門系'), 'create', '部門系', []],
      [SEGMENT_MIGRATION_ACTOR, 'systems', 'a', 'update', '電子カルテ', ['segment', 'segmentId']],
      [SEGMENT_MIGRATION_ACTOR, 'systems', 'b', 'update', 'PACS', ['segment', 'segmentId']],
    ]);
    db.close();
  });
});

async function network() {
  const db = await freshDatabase();
  const segments = new Repository(db, 'segments');
  const ehr = await segments.save(segmentSchema.parse({ name: '電子カルテ系', purpose: 'ehr' }), context);
  const dept = await segments.save(segmentSchema.parse({ name: '部門系', purpose: 'departmental' }), context);
  const spare = await segments.save(segmentSchema.parse({ name: '予備' }), context);
  await new Repository(db, 'systems').save({ ...systemSchema.parse({ name: '電子カルテ', kind: 'system', segmentId: ehr.id }) }, context);
  await new Repository(db, 'links').save(linkSchema.parse({ name: 'カルテ⇔部門', fromSegmentId: ehr.id, toSegmentId: dept.id }), context);
  return { db, ehr, dept, spare };
}

describe('deleting a segment', () => {
  it('is refused while systems or links use it, naming them, and writes nothing', async () => {
    const { db, ehr } = await network();
    const audit = await db.auditLog.count();
    const error = await deleteSegment(db, networkReferences, ehr.id, context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeleteRefusedError);
    expect((error as DeleteRefusedError).plan.referrers.flatMap((r) => r.records.map((x) => x.label)).sort()).toEqual(['カルテ⇔部門', '電子カルテ'].sort());
    expect(await db.segments.get(ehr.id)).toBeDefined();
    expect(await db.auditLog.count()).toBe(audit);
  });

  it('moves its systems and links to the chosen segment, then deletes it, in one transaction', async () => {
    const { db, ehr, spare } = await network();
    await deleteSegment(db, networkReferences, ehr.id, context, { moveTo: spare.id });
    expect(await db.segments.get(ehr.id)).toBeUndefined();
    expect((await db.systems.toArray()).map((s) => s.segmentId)).toEqual([spare.id]);
    expect((await db.links.toArray()).map((l) => l.fromSegmentId)).toEqual([spare.id]);
  });

  it('refuses a move that would link a segment to itself, and leaves everything as it was', async () => {
    const { db, ehr, dept } = await network();
    const error = await deleteSegment(db, networkReferences, ehr.id, context, { moveTo: dept.id }).catch((e: unknown) => e);
    expect(error instanceof StorageError ? error.cause : error).toBeInstanceOf(SelfLinkError);
    expect(await db.segments.get(ehr.id)).toBeDefined();
    expect((await db.systems.toArray()).map((s) => s.segmentId)).toEqual([ehr.id]);
  });

  it('deletes an unused segment', async () => {
    const { db, spare } = await network();
    await deleteSegment(db, networkReferences, spare.id, context);
    expect(await db.segments.get(spare.id)).toBeUndefined();
  });
});
