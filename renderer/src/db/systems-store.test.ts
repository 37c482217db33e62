import { describe, expect, it } from 'vitest';
import { runbookSchema } from '../domain/systems/runbook';
import { checkStep, startRun } from '../domain/systems/runbook-run';
import { systemSchema } from '../domain/systems/system';
import { contactsReferences } from './contacts-references';
import { Repository } from './repository';
import { systemsReferences } from './systems-references';
import { changeRun, removeSystem } from './systems-store';
import { freshDatabase } from './testing';

const references = [...contactsReferences, ...systemsReferences];
const ctx = { actor: '山田', now: () => new Date('2026-11-21T00:00:00Z') };

describe('systems store', () => {
  it('removes a system with its backups and runbooks and drops it from other prerequisites, in one audited step', async () => {
    const db = await freshDatabase();
    const systems = new Repository(db, 'systems');
    const ad = await systems.save(systemSchema.parse({ name: '認証サーバ', kind: 'server' }), ctx);
    const ehr = await systems.save(systemSchema.parse({ name: '電子カルテ', kind: 'system' }), ctx);
    await new Repository(db, 'backups').save({ systemId: ad.id, method: '日次', mediaKind: 'offline', generations: 7, schedule: '', location: '', readableWithoutSystem: false, lastTestRestoreAt: '', notes: '' }, ctx);
    const step = { id: 'st1', action: '起動', expectedMinutes: 5 };
    await new Repository(db, 'runbooks').save(runbookSchema.parse({ systemId: ad.id, title: 'AD 復旧', steps: [step] }), ctx);
    const ehrBook = await new Repository(db, 'runbooks').save(runbookSchema.parse({ systemId: ehr.id, title: 'EHR 復旧', prerequisiteSystemIds: [ad.id], steps: [step] }), ctx);

    await removeSystem(db, references, ad.id, ctx);

    expect(await db.systems.count()).toBe(1);
    expect(await db.backups.count()).toBe(0);
    expect((await db.runbooks.toArray()).map((r) => r.title)).toEqual(['EHR 復旧']);
    expect((await db.runbooks.get(ehrBook.id))?.prerequisiteSystemIds).toEqual([]);
    const deletes = (await db.auditLog.toArray()).filter((r) => r.action === 'delete').length;
    expect(deletes).toBe(3);
  });

  it('applies a check-off to the stored run, keeping a check made elsewhere in between', async () => {
    const db = await freshDatabase();
    const book = { id: 'rb', ...runbookSchema.parse({ systemId: 's', title: 'T', steps: [{ id: 'a', action: 'A', expectedMinutes: 1 }, { id: 'b', action: 'B', expectedMinutes: 1 }] }) };
    const run = await new Repository(db, 'runbookRuns').save(startRun(book, 'S', { kind: 'drill', leader: '', actor: '山田', now: new Date() }), ctx);
    await changeRun(db, run.id, (r) => checkStep(r, 'a', '山田', new Date()), ctx);
    await changeRun(db, run.id, (r) => checkStep(r, 'b', '鈴木', new Date()), { actor: '鈴木' });
    const stored = await db.runbookRuns.get(run.id);
    expect(stored?.steps.map((s) => s.checkedBy)).toEqual(['山田', '鈴木']);
    expect(stored?.updatedBy).toBe('鈴木');
  });
});
