import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../domain/audit/audit-chain';
import { decodeBackup } from '../domain/workbook-backup/backup-file';
import { ALL_TABLES, exportAndVerifyWorkbook, readBackupFile, restoreWorkbook } from './workbook-backup';
import type { BcpDatabase } from './database';
import { Repository } from './repository';
import { CURRENT_SCHEMA_VERSION, RECORD_TABLES } from './schema';
import { writeSetting } from './settings';
import { freshDatabase } from './testing';

/**
 * Migration harness: fixtures/v<N>.bcpbak is a workbook written by schema version N. Every fixture is opened with
 * the current app code and every record must survive. When a schema version is released, regenerate its fixture
 * (and keep the old ones forever):
 *   BCP_REGENERATE_FIXTURE=1 npx vitest run renderer/src/db/migrations.test.ts
 * writes fixtures/v<CURRENT_SCHEMA_VERSION>.bcpbak from buildFixtureWorkbook below.
 */
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const FIXED_NOW = () => new Date('2025-06-01T09:00:00.000Z');

/** A deterministic workbook with records in every table (unicode, nested values) and an audit trail. */
export async function buildFixtureWorkbook(db: BcpDatabase): Promise<void> {
  const context = { actor: 'フィクスチャ作成', now: FIXED_NOW };
  await new Repository(db, 'facility').save(
    { id: 'facility', name: 'フィクスチャ総合病院', address: '東京都千代田区1-1', departments: ['外来受付', '薬剤部'], wards: ['3階東病棟'], fiscalYearStartMonth: 4, confidentialityLabel: '取扱注意' } as never,
    context,
  );
  for (const table of RECORD_TABLES) {
    if (table === 'facility') continue;
    await new Repository(db, table).saveMany(
      [1, 2, 3].map((n) => ({ id: `fixture-${table}-${n}`, name: `${table} ${n} 髙﨑①`, notes: `行1\n行2 ${n}`, list: [n, { nested: true }] }) as never),
      context,
    );
  }
  await new Repository(db, 'contacts').save({ id: 'fixture-contacts-2', name: 'contacts 2 変更後', notes: '更新' } as never, context);
  await new Repository(db, 'contacts').remove('fixture-contacts-3', context);
  await writeSetting(db, 'contactReviewDays', 120, context);
}

function fixtureFiles(): { version: number; file: string }[] {
  return readdirSync(FIXTURES)
    .map((name) => /^v(\d+)\.bcpbak$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ version: Number(m[1]), file: path.join(FIXTURES, m[0]) }))
    .sort((a, b) => a.version - b.version);
}

describe('migrations: every schema version’s fixture opens with the current app', () => {
  it.runIf(process.env.BCP_REGENERATE_FIXTURE === '1')('regenerates the fixture of the current schema version', async () => {
    const db = await freshDatabase();
    await buildFixtureWorkbook(db);
    const { bytes } = await exportAndVerifyWorkbook(db, { appVersion: 'fixture', purpose: 'manual', now: FIXED_NOW() });
    writeFileSync(path.join(FIXTURES, `v${CURRENT_SCHEMA_VERSION}.bcpbak`), bytes);
  });

  it('has a fixture for every schema version up to the current one', () => {
    expect(fixtureFiles().map((f) => f.version)).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1));
  });

  for (const { version, file } of fixtureFiles()) {
    it(`v${version}: every record survives`, async () => {
      const bytes = new Uint8Array(readFileSync(file));
      const raw = await decodeBackup(bytes, { knownTables: ALL_TABLES, maxSchemaVersion: version });
      const db = await freshDatabase();
      await restoreWorkbook(db, await readBackupFile(bytes), { actor: 'テスト', mode: { kind: 'restore' } });
      for (const table of RECORD_TABLES) {
        const stored = await db.table(table).toArray();
        const expectedIds = (raw.tables[table] ?? []).map((r) => r.id).sort();
        expect(stored.map((r: { id: string }) => r.id).sort(), table).toEqual(expectedIds);
        if (version === CURRENT_SCHEMA_VERSION) expect(stored, table).toEqual(raw.tables[table]);
      }
      const trail = await db.auditLog.orderBy('seq').toArray();
      expect(trail.length).toBe((raw.tables.auditLog?.length ?? 0) + 1);
      expect((await verifyAuditChain(trail)).ok).toBe(true);
    });
  }
});
