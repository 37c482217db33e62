/**
 * Writes db/fixtures/v<CURRENT_SCHEMA_VERSION>.bcpbak: a workbook as this schema version's app writes it, which
 * migrations.test.ts opens with every later version of the app. Run it once when a schema version is released and
 * commit the file:
 *
 *   npx tsx renderer/src/db/tools/regenerate-fixture.ts          (refuses to replace an existing fixture)
 *   npx tsx renderer/src/db/tools/regenerate-fixture.ts --force  (only while that version is unreleased)
 *
 * An older version's fixture stands for workbooks hospitals already have: never regenerate it.
 *
 * The records are the demo workbook (resources/templates/demo-workbook.json, checked by its schema) written through
 * the repositories as a user's edits would be, plus what the demo lacks (a runbook run, settings, an edit and a
 * delete), so the fixture has schema-valid records in every table that has a domain type and an audit trail that
 * verifies. Tables without a domain type stay empty: no app of this version could have written records there.
 */
import 'fake-indexeddb/auto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DEMO_TABLES, demoWorkbookSchema, type DemoWorkbook } from '../../domain/demo';
import { FACILITY_ID } from '../../domain/facility';
import { DEFAULT_EMERGENCY_LEVELS } from '../../domain/plan/emergency-level';
import { addFollowUpAction } from '../actions-store';
import { appendTimelineEntry, declareIncident } from '../incidents-store';
import { checkStep, startRun } from '../../domain/systems/runbook-run';
import { deleteContact } from '../contacts-store';
import { contactsReferences } from '../contacts-references';
import { systemsReferences } from '../systems-references';
import { createDatabase, type BcpDatabase } from '../database';
import { Repository, type WriteContext } from '../repository';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { writeSetting } from '../settings';
import { exportAndVerifyWorkbook } from '../workbook-backup';

const FIXTURE_NOW = new Date('2025-06-01T09:00:00.000Z');

const DEMO_FILE = new URL('../../../../resources/templates/demo-workbook.json', import.meta.url);
const fixtureFile = (version: number) => new URL(`../fixtures/v${version}.bcpbak`, import.meta.url);

async function saveDemoTable<T extends (typeof DEMO_TABLES)[number]>(db: BcpDatabase, demo: DemoWorkbook, table: T, context: WriteContext): Promise<void> {
  await new Repository(db, table).saveMany(demo[table] as never, context);
}

async function buildFixtureWorkbook(db: BcpDatabase): Promise<void> {
  const demo = demoWorkbookSchema.parse(JSON.parse(readFileSync(DEMO_FILE, 'utf8')));
  const context = { actor: 'フィクスチャ作成', now: () => FIXTURE_NOW };

  await new Repository(db, 'facility').save({ ...demo.facility, id: FACILITY_ID }, context);
  for (const table of DEMO_TABLES) await saveDemoTable(db, demo, table, context);

  // An edit (unicode, line breaks) and a delete that also rewrites the call trees using the contact.
  const [edited, removed] = demo.contacts;
  if (!edited || !removed) throw new Error('the demo workbook needs two contacts');
  await new Repository(db, 'contacts').save({ ...edited, notes: '夜間は髙﨑①へ\n2行目' }, context);
  await deleteContact(db, [...contactsReferences, ...systemsReferences], removed.id, context);

  // The demo has no runbook run: one drill with a checked step and a note.
  const runbook = demo.runbooks[0];
  const step = runbook?.steps[0];
  if (!runbook || !step) throw new Error('the demo workbook needs a runbook with a step');
  const system = demo.systems.find((s) => s.id === runbook.systemId);
  const started = startRun(runbook, system?.name ?? '', { kind: 'drill', leader: '', actor: context.actor, now: FIXTURE_NOW });
  const run = checkStep(started, step.id, context.actor, new Date(FIXTURE_NOW.getTime() + 5 * 60_000));
  await new Repository(db, 'runbookRuns').save({ ...run, id: 'fixture-run-1', notes: '訓練：手順どおり' }, context);

  // Until the area issues add their sample data: a closed drill with one typed line, an action it found, and the
  // facility's levels as written out by the plan (the default three, renamed one).
  const incident = await declareIncident(
    db,
    { id: 'fixture-incident-1', kind: 'ransomware', exercise: true, level: 'total', discoveredAt: FIXTURE_NOW.toISOString(), declaredAt: FIXTURE_NOW.toISOString(), foundBy: '病棟3階 看護師', observed: '脅迫文の表示', status: 'active' },
    context,
  );
  await appendTimelineEntry(db, { incidentId: incident.id, at: FIXTURE_NOW.toISOString(), who: '情報システム課', what: 'ネットワークからの切り離しを確認' }, context);
  await new Repository(db, 'incidents').save({ ...incident, status: 'closed', closedAt: new Date(FIXTURE_NOW.getTime() + 3_600_000).toISOString() }, context);
  await addFollowUpAction(db, { title: '夜間の連絡網を見直す', detail: '', ownerContactId: '', dueDate: '2025-09-30', status: 'open', statusReason: '', source: { area: 'incidents', table: 'incidents', recordId: incident.id, label: '訓練' }, changes: [] }, context);
  await new Repository(db, 'emergencyLevels').saveMany(DEFAULT_EMERGENCY_LEVELS.map((l) => ({ ...l, name: l.id === 'total' ? 'レベル3 全面停止' : l.name })), context);

  await writeSetting(db, 'contactReviewDays', 120, context);
  await writeSetting(db, 'testRestoreDays', 90, context);
  await writeSetting(db, 'paperPlannedDays', 42, context);
}

async function main(): Promise<void> {
  const target = fixtureFile(CURRENT_SCHEMA_VERSION);
  if (existsSync(target) && !process.argv.includes('--force')) {
    throw new Error(`${target.pathname} exists: fixtures of released schema versions are never regenerated (--force replaces it).`);
  }
  const db = createDatabase(`fixture-v${CURRENT_SCHEMA_VERSION}`);
  await db.open();
  await buildFixtureWorkbook(db);
  const { bytes, manifest } = await exportAndVerifyWorkbook(db, { appVersion: 'fixture', purpose: 'manual', now: FIXTURE_NOW });
  writeFileSync(target, bytes);
  console.log(`wrote ${target.pathname}: schema version ${manifest.schemaVersion}, ${bytes.byteLength} bytes`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
