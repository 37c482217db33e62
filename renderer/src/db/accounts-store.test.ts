import { describe, expect, it } from 'vitest';
import { accountEventSchema, type AccountEventFields } from '../domain/accounts/account-event';
import { AccountEventError } from '../domain/accounts/account-state';
import { emergencyAccountSchema } from '../domain/accounts/emergency-account';
import { contactSchema } from '../domain/contacts/contact';
import { systemSchema } from '../domain/systems/system';
import { accountsToRotate, recordAccountEvent, removeAccount } from './accounts-store';
import { accountsReferences } from './accounts-references';
import { contactsReferences } from './contacts-references';
import { declareIncident } from './incidents-store';
import { deleteReferredRecord, DeleteRefusedError } from './references';
import { Repository } from './repository';
import { systemsReferences } from './systems-references';
import { freshDatabase } from './testing';

const references = [...contactsReferences, ...systemsReferences, ...accountsReferences];
const ctx = { actor: '佐藤', now: () => new Date('2026-11-21T03:00:00Z') };
const event = (fields: Partial<AccountEventFields> & Pick<AccountEventFields, 'accountId' | 'kind' | 'at'>) => accountEventSchema.parse({ who: '佐藤', ...fields });

async function setup() {
  const db = await freshDatabase();
  const system = await new Repository(db, 'systems').save(systemSchema.parse({ name: '電子カルテ', kind: 'system' }), ctx);
  const custodian = await new Repository(db, 'contacts').save(contactSchema.parse({ kind: 'staff', name: '佐藤 健一' }), ctx);
  const account = await new Repository(db, 'emergencyAccounts').save(
    emergencyAccountSchema.parse({ systemId: system.id, name: '管理者代行', storagePlace: '金庫', sealNumber: 'S-1', sealedOn: '2026-10-01', custodianContactId: custodian.id }),
    ctx,
  );
  // A stand-in for the incident mode's record: the lead's declareIncident, as incident mode will call it.
  const incident = await declareIncident(
    db,
    { kind: 'ransomware', exercise: false, level: 'core', discoveredAt: '2026-11-21T00:00:00.000Z', declaredAt: '2026-11-21T00:10:00.000Z', foundBy: '', observed: '', status: 'active' },
    ctx,
  );
  return { db, system, custodian, account, incident };
}

describe('emergency accounts store', () => {
  it('records an opening during an incident with its audit row and a line on the incident timeline, in one step', async () => {
    const { db, account, incident } = await setup();
    const auditBefore = await db.auditLog.count();
    await recordAccountEvent(db, event({ accountId: account.id, kind: 'opened', at: '2026-11-21T01:00:00.000Z', detail: 'AD 停止', witness: '髙橋', incidentId: incident.id }), ctx);
    const timeline = (await db.incidentEvents.where('incidentId').equals(incident.id).toArray()).map((e) => e.what);
    expect(timeline).toContain('非常用アカウント 電子カルテ／管理者代行 を開封（理由：AD 停止／立会：髙橋）');
    expect(await db.auditLog.count()).toBe(auditBefore + 2);
  });

  it('refuses a use before an opening and writes nothing', async () => {
    const { db, account } = await setup();
    const auditBefore = await db.auditLog.count();
    await expect(recordAccountEvent(db, event({ accountId: account.id, kind: 'used', at: '2026-11-21T01:00:00.000Z', detail: '参照' }), ctx)).rejects.toBeInstanceOf(AccountEventError);
    expect(await db.accountEvents.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it('closing check: names the accounts opened during the incident until they are changed and resealed', async () => {
    const { db, account, incident } = await setup();
    await recordAccountEvent(db, event({ accountId: account.id, kind: 'opened', at: '2026-11-21T01:00:00.000Z', detail: 'AD 停止', incidentId: incident.id }), ctx);
    await recordAccountEvent(db, event({ accountId: account.id, kind: 'used', at: '2026-11-21T01:10:00.000Z', detail: '患者一覧を参照' }), ctx);
    expect(await accountsToRotate(db, incident.id)).toEqual(['電子カルテ／管理者代行']);
    await recordAccountEvent(db, event({ accountId: account.id, kind: 'resealed', at: '2026-11-21T02:00:00.000Z', newSealNumber: 'S-2', changedBy: '山﨑' }), ctx);
    expect(await accountsToRotate(db, incident.id)).toEqual([]);
    expect((await db.emergencyAccounts.get(account.id))?.sealNumber).toBe('S-2');
    const timeline = (await db.incidentEvents.where('incidentId').equals(incident.id).toArray()).map((e) => e.what);
    expect(timeline.some((w) => w.includes('変更・再封印'))).toBe(true);
  });

  it('refuses to delete the system or the custodian of an account, naming it, and an account with ledger lines', async () => {
    const { db, system, custodian, account } = await setup();
    for (const [table, id] of [['systems', system.id], ['contacts', custodian.id]] as const) {
      const refusal = await deleteReferredRecord(db, references, table, id, ctx).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(DeleteRefusedError);
      expect((refusal as DeleteRefusedError).plan.referrers.flatMap((r) => r.records.map((x) => x.label))).toEqual(['管理者代行']);
    }
    await recordAccountEvent(db, event({ accountId: account.id, kind: 'sealCheck', at: '2026-11-21T01:00:00.000Z' }), ctx);
    await expect(removeAccount(db, references, account.id, ctx)).rejects.toBeInstanceOf(DeleteRefusedError);
  });
});
