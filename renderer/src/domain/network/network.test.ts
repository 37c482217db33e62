import { describe, expect, it } from 'vitest';
import { cutsIsolating, isolationPlan } from './isolation';
import { linkSchema, validLinkSchema } from './link';
import { isolatedBy, lostFrom, outsidePlace, reachableFrom, systemsIn } from './reachability';
import { migrateFreeTextSegments, SEGMENT_MIGRATION_ACTOR } from './segment-migration';
import { segmentSchema } from './segment';

const seg = (id: string, purpose: 'ehr' | 'backup' | 'departmental' | 'other' = 'other') => ({ id, purpose });
const link = (id: string, from: string, to: string, extra: Partial<{ outside: 'internet' | 'vpn'; remoteMaintenance: boolean; cutOrder: number }> = {}) => ({
  id,
  name: id,
  fromSegmentId: from,
  toSegmentId: to,
  outside: extra.outside ?? ('' as const),
  remoteMaintenance: extra.remoteMaintenance ?? false,
  cutOrder: extra.cutOrder ?? 100,
});

describe('isolation plan', () => {
  const segments = [seg('ehr', 'ehr'), seg('dept', 'departmental'), seg('bk', 'backup')];
  const links = [
    link('boundary', 'ehr', 'dept'),
    link('internet', 'dept', '', { outside: 'internet' }),
    link('vpn', 'ehr', '', { outside: 'vpn', remoteMaintenance: true }),
    link('to-backup', 'ehr', 'bk'),
  ];

  it('cuts the backups first, then the outside (remote maintenance before the rest), then segment boundaries', () => {
    expect(isolationPlan(links, segments).map((c) => [c.number, c.link.id, c.stage])).toEqual([
      [1, 'to-backup', 'backup'],
      [2, 'vpn', 'external'],
      [3, 'internet', 'external'],
      [4, 'boundary', 'boundary'],
    ]);
  });

  it('keeps the hospital’s own order inside a stage', () => {
    const ordered = [...links, link('internet-2', 'ehr', '', { outside: 'internet', cutOrder: 1 })];
    expect(isolationPlan(ordered, segments).map((c) => c.link.id)).toEqual(['to-backup', 'internet-2', 'vpn', 'internet', 'boundary']);
  });

  it('lists the cuts that isolate one segment in plan order', () => {
    expect(cutsIsolating(isolationPlan(links, segments), 'dept').map((c) => c.link.id)).toEqual(['internet', 'boundary']);
  });
});

describe('what stops if we cut this', () => {
  //  bk — ehr — dept — internet, and a loop ehr — img — dept
  const links = [link('a', 'ehr', 'bk'), link('b', 'ehr', 'dept'), link('c', 'dept', '', { outside: 'internet' }), link('d', 'ehr', 'img'), link('e', 'img', 'dept')];

  it('reaches everything over the standing links', () => {
    expect([...reachableFrom(links, 'bk')].sort()).toEqual(['bk', 'dept', 'ehr', 'img', outsidePlace('internet')].sort());
  });

  it('a cut inside a loop isolates nothing', () => {
    expect(lostFrom(links, 'ehr', new Set(['b'])).size).toBe(0);
    expect(isolatedBy(links, 'b').size).toBe(0);
  });

  it('cutting both sides of the loop cuts dept and the internet off from the EHR', () => {
    expect([...lostFrom(links, 'ehr', new Set(['b', 'e']))].sort()).toEqual(['dept', outsidePlace('internet')].sort());
  });

  it('cutting the backup link isolates the backup segment; cutting the internet isolates the internet', () => {
    expect([...isolatedBy(links, 'a')]).toEqual(['bk']);
    expect([...isolatedBy(links, 'c')]).toEqual([outsidePlace('internet')]);
  });

  it('names the systems that sit in the lost places', () => {
    const systems = [
      { id: 's1', segmentId: 'dept' },
      { id: 's2', segmentId: 'ehr' },
      { id: 's3', segmentId: '' },
    ];
    expect(systemsIn(systems, lostFrom(links, 'ehr', new Set(['b', 'e']))).map((s) => s.id)).toEqual(['s1']);
  });

  it('works on 500 systems, 40 segments and 80 links at once', () => {
    const many = Array.from({ length: 80 }, (_, i) => link(`l${i}`, `s${i % 40}`, `s${(i * 7 + 1) % 40}` === `s${i % 40}` ? `s${(i + 1) % 40}` : `s${(i * 7 + 1) % 40}`));
    expect(reachableFrom(many, 's0').size).toBeGreaterThan(1);
  });
});

describe('links and segments refuse bad input', () => {
  const base = { name: '接続', fromSegmentId: 'a' };
  it('refuses a link to itself', () => {
    const r = validLinkSchema.safeParse({ ...base, toSegmentId: 'a' });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toContain('network.validation.selfLink');
  });
  it('asks where a link goes, and which vendor a maintenance line belongs to', () => {
    const none = validLinkSchema.safeParse(base);
    expect(none.success ? [] : none.error.issues.map((i) => i.message)).toContain('network.validation.toRequired');
    const line = validLinkSchema.safeParse({ ...base, outside: 'maintenanceLine' });
    expect(line.success ? [] : line.error.issues.map((i) => i.message)).toContain('network.validation.vendorRequired');
  });
  it('accepts a link between two segments with defaults', () => {
    expect(linkSchema.parse({ ...base, toSegmentId: 'b' }).cutOrder).toBe(100);
  });
  it('checks the shape of a subnet', () => {
    expect(segmentSchema.safeParse({ name: 'x', subnet: '10.0.0.0/8' }).success).toBe(true);
    expect(segmentSchema.safeParse({ name: 'x', subnet: '電子カルテ' }).success).toBe(false);
  });
});

describe('migration of free-text segment names (schema 1 → 2)', () => {
  const now = '2026-01-01T00:00:00.000Z';
  it('makes one segment per distinct name and points every system at it, losing nothing', () => {
    const systems = [
      { id: 'a', name: 'A', segment: '電子カルテ系' },
      { id: 'b', name: 'B', segment: ' 電子カルテ系 ' },
      { id: 'c', name: 'C', segment: '部門系', demo: true },
      { id: 'd', name: 'D', segment: '' },
      { id: 'e', name: 'E' },
    ];
    const result = migrateFreeTextSegments(systems, [], now);
    expect(result.segments.map((s) => [s.id, s.name])).toEqual([
      ['migrated-segment-1', '電子カルテ系'],
      ['migrated-segment-2', '部門系'],
    ]);
    expect(result.systems.map((s) => [s.id, s.segmentId, 'segment' in s])).toEqual([
      ['a', 'migrated-segment-1', false],
      ['b', 'migrated-segment-1', false],
      ['c', 'migrated-segment-2', false],
      ['d', '', false],
      ['e', '', false],
    ]);
    expect(result.segments[1]?.demo).toBe(true);
    for (const s of result.segments) expect(segmentSchema.parse(s)).toMatchObject({ name: s.name });
  });

  it('says in audit rows which segments it made and which systems it moved, and nothing about the rest', () => {
    const systems = [
      { id: 'a', name: '電子カルテ', segment: '電子カルテ系' },
      { id: 'b', name: 'PACS', segment: '部門系' },
      { id: 'c', name: '予備機', segment: '' },
    ];
    const stored = [{ id: 'seg-dept', name: '部門系' }];
    const { audit } = migrateFreeTextSegments(systems, stored, now);
    expect(audit.map((r) => [r.table, r.recordId, r.action, r.label, r.changedFields, r.at, r.actor])).toEqual([
      ['segments', 'migrated-segment-1', 'create', '電子カルテ系', [], now, SEGMENT_MIGRATION_ACTOR],
      ['systems', 'a', 'update', '電子カルテ', ['segment', 'segmentId'], now, SEGMENT_MIGRATION_ACTOR],
      ['systems', 'b', 'update', 'PACS', ['segment', 'segmentId'], now, SEGMENT_MIGRATION_ACTOR],
    ]);
    expect(migrateFreeTextSegments([{ id: 'x', name: 'X' }], [], now).audit).toEqual([]);
  });

  it('reuses a stored segment of the same name and never takes a used id', () => {
    const stored = [{ id: 'migrated-segment-1', name: '部門系' }];
    const result = migrateFreeTextSegments([{ id: 'a', segment: '部門系' }, { id: 'b', segment: '画像系' }], stored, now);
    expect(result.systems.map((s) => s.segmentId)).toEqual(['migrated-segment-1', 'migrated-segment-2']);
    expect(result.segments).toHaveLength(2);
  });
});
