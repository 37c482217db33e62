/**
 * A large synthetic workbook of a big hospital group: 10,000 contacts, 500 systems, 300 procedures, 100 form
 * templates and 2,000 audit rows, every record validated by its domain schema. Deterministic (seeded), so runs
 * compare. Built in Node on fake-indexeddb with the app's own db code; `dumpTables` gives the rows to load into a
 * browser's IndexedDB.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Table } from 'dexie';
import { appendAuditRows } from '../../renderer/src/db/audit-trail';
import { createDatabase, type BcpDatabase } from '../../renderer/src/db/database';
import { writeTransaction } from '../../renderer/src/db/repository';
import { CURRENT_SCHEMA, type TableName } from '../../renderer/src/db/schema';
import type { AuditEntry } from '../../renderer/src/domain/audit/audit-entry';
import { contactKinds, contactSchema, type Contact } from '../../renderer/src/domain/contacts/contact';
import { FACILITY_ID, facilitySchema } from '../../renderer/src/domain/facility';
import { formTemplateSchema } from '../../renderer/src/domain/paper/form-template';
import { emergencyLevels, procedureSchema } from '../../renderer/src/domain/paper/procedure';
import { systemKinds, systemSchema } from '../../renderer/src/domain/systems/system';

export const SIZES = { contacts: 10_000, systems: 500, procedures: 300, formTemplates: 100, auditRows: 2_000 } as const;
/** The contact count of the second search figure: a hospital group's whole staff directory. */
export const MANY_CONTACTS = 50_000;
export const BENCH_USER = 'ベンチ 太郎';

const FAMILY = [
  ['佐藤', 'さとう'], ['鈴木', 'すずき'], ['髙橋', 'たかはし'], ['田中', 'たなか'], ['伊藤', 'いとう'], ['渡辺', 'わたなべ'],
  ['山本', 'やまもと'], ['中村', 'なかむら'], ['小林', 'こばやし'], ['加藤', 'かとう'], ['吉田', 'よしだ'], ['山田', 'やまだ'],
  ['佐々木', 'ささき'], ['山﨑', 'やまさき'], ['森', 'もり'], ['池田', 'いけだ'], ['橋本', 'はしもと'], ['阿部', 'あべ'],
] as const;
const GIVEN = [
  ['健一', 'けんいち'], ['真理子', 'まりこ'], ['大輔', 'だいすけ'], ['和子', 'かずこ'], ['博', 'ひろし'], ['さやか', 'さやか'],
  ['隆', 'たかし'], ['恵', 'めぐみ'], ['亮', 'りょう'], ['直樹', 'なおき'], ['美穂', 'みほ'], ['翔太', 'しょうた'],
] as const;
const DEPARTMENTS = ['外来受付', '会計', '病棟', '薬剤部', '検査部', '放射線科', '手術部', '救急外来', '栄養科', '医事課', '情報システム室', '看護部'];

/** A small deterministic generator (mulberry32): the same workbook on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const meta = (id: string, at: string) => ({ id, createdAt: at, updatedAt: at, updatedBy: BENCH_USER });
const pad = (n: number, width: number) => String(n).padStart(width, '0');

function contacts(rand: () => number, at: string, count: number): Contact[] {
  return Array.from({ length: count }, (_, i) => {
    const [family, familyKana] = FAMILY[i % FAMILY.length]!;
    const [given, givenKana] = GIVEN[Math.floor(i / FAMILY.length) % GIVEN.length]!;
    const kind = contactKinds[i % 7 === 0 ? 1 : i % 13 === 0 ? 2 : 0]!;
    const fields = contactSchema.parse({
      kind,
      name: `${family} ${given}${i >= FAMILY.length * GIVEN.length ? pad(i, 5) : ''}`,
      furigana: `${familyKana} ${givenKana}`,
      organisation: kind === 'staff' ? '大規模総合病院' : `株式会社ベンダー${pad(i % 200, 3)}`,
      department: DEPARTMENTS[i % DEPARTMENTS.length],
      role: i % 10 === 0 ? '責任者' : '担当',
      phones: [
        { label: 'extension', number: pad(1000 + (i % 8999), 4) },
        { label: 'mobile', number: `090-${pad(1000 + Math.floor(rand() * 9000), 4)}-${pad(i % 10_000, 4)}` },
      ],
      lastVerifiedAt: `2026-${pad(1 + (i % 11), 2)}-${pad(1 + (i % 27), 2)}`,
    });
    return { ...fields, ...meta(`bench-contact-${pad(i, 5)}`, at) };
  });
}

function systems(at: string) {
  return Array.from({ length: SIZES.systems }, (_, i) => ({
    ...systemSchema.parse({
      name: `部門システム ${pad(i, 3)}`,
      kind: systemKinds[i % systemKinds.length],
      location: { building: i % 2 ? '本館' : '別館', floor: `${1 + (i % 8)}F`, room: `サーバ室${i % 5}`, rack: `R${pad(i % 40, 2)}` },
      restorePriority: 1 + (i % 200),
      rtoHours: 24,
      rpoHours: 4,
    }),
    ...meta(`bench-system-${pad(i, 3)}`, at),
  }));
}

function procedures(at: string) {
  const step = (n: number) => ({ role: '担当者', text: `手順 ${n}：紙の様式に**時刻と記入者**を書く。\n- 控えを残す\n- 原本は部署で保管` });
  return Array.from({ length: SIZES.procedures }, (_, i) => ({
    ...procedureSchema.parse({
      department: DEPARTMENTS[i % DEPARTMENTS.length],
      title: `紙運用手順 ${pad(i, 3)}`,
      level: emergencyLevels[i % emergencyLevels.length],
      trigger: 'システムに15分以上つながらないとき、部署責任者が判断する。',
      steps: Array.from({ length: 6 }, (_, n) => step(n + 1)),
      supplies: '- 様式一式\n- ボールペン',
      backEntrySteps: [step(1), step(2)],
      paperOriginal: '原本は5年間保管する。',
      returnSteps: [step(1)],
    }),
    ...meta(`bench-procedure-${pad(i, 3)}`, at),
  }));
}

function formTemplates(at: string) {
  const dir = path.resolve(import.meta.dirname, '../../resources/templates/forms');
  const starters = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown>);
  return Array.from({ length: SIZES.formTemplates }, (_, i) => {
    const starter = starters[i % starters.length]!;
    return { ...formTemplateSchema.parse({ ...starter, title: `${String(starter.title)} ${pad(i, 3)}` }), ...meta(`bench-form-${pad(i, 3)}`, at) };
  });
}

/** Build the large workbook in a fresh fake-indexeddb database (or an empty one with `empty`; `contacts` more or fewer). */
export async function createSyntheticWorkbook(options: { empty?: boolean; name?: string; contacts?: number } = {}): Promise<BcpDatabase> {
  const db = createDatabase(options.name ?? `bench-${Date.now()}-${Math.random()}`);
  await db.open();
  const at = new Date('2026-11-01T00:00:00Z').toISOString();
  const facility = facilitySchema.parse({ name: '大規模総合病院（ベンチマーク）', departments: DEPARTMENTS, wards: ['3東', '3西', '4東', '4西', 'ICU'] });
  await db.facility.put({ ...facility, ...meta(FACILITY_ID, at) });
  await db.settings.bulkPut([
    { key: 'currentUser', value: BENCH_USER },
    { key: 'knownUsers', value: [BENCH_USER] },
  ]);
  if (options.empty) return db;

  const rand = random(20261121);
  const people = contacts(rand, at, options.contacts ?? SIZES.contacts);
  await db.contacts.bulkPut(people);
  await db.systems.bulkPut(systems(at));
  await db.procedures.bulkPut(procedures(at));
  await db.formTemplates.bulkPut(formTemplates(at));
  // One row per contact at most: a workbook asked for fewer contacts (the network figures) has fewer rows to point at.
  const audit: AuditEntry[] = Array.from({ length: Math.min(SIZES.auditRows, people.length) }, (_, i) => ({
    at: new Date(Date.parse(at) + i * 60_000).toISOString(),
    actor: BENCH_USER,
    table: 'contacts',
    recordId: people[i]!.id,
    action: i % 5 === 0 ? 'update' : 'create',
    label: people[i]!.name,
    changedFields: i % 5 === 0 ? ['phones'] : [],
  }));
  await writeTransaction(db, [], () => appendAuditRows(db, audit));
  return db;
}

/** Every table's rows, ready to be put into a browser's IndexedDB of the same schema. */
export async function dumpTables(db: BcpDatabase): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of Object.keys(CURRENT_SCHEMA) as TableName[]) dump[table] = await (db[table] as unknown as Table).toArray();
  return dump;
}
