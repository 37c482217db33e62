import { describe, expect, it } from 'vitest';
import { recordAccountEvent } from '../../db/accounts-store';
import { Repository } from '../../db/repository';
import { freshDatabase } from '../../db/testing';
import { accountEventSchema } from '../../domain/accounts/account-event';
import { emergencyAccountSchema } from '../../domain/accounts/emergency-account';
import { systemSchema } from '../../domain/systems/system';
import { accountsFeature } from './feature';

const ctx = { actor: '佐藤', now: () => new Date('2026-11-21T03:00:00Z') };

describe('what the accounts area gives the registry', () => {
  it('an incident closing check that names the accounts still to change, until they are changed and resealed', async () => {
    const db = await freshDatabase();
    const system = await new Repository(db, 'systems').save(systemSchema.parse({ name: '認証サーバ', kind: 'server' }), ctx);
    const account = await new Repository(db, 'emergencyAccounts').save(emergencyAccountSchema.parse({ systemId: system.id, name: 'ドメイン管理者', storagePlace: '金庫', sealNumber: 'AD-1', sealedOn: '2026-10-01' }), ctx);
    // A stand-in incident record, written the way incident mode stores one.
    const incident = await new Repository(db, 'incidents').save({ kind: 'ransomware', exercise: true, level: 'total', discoveredAt: '2026-11-21T00:00:00.000Z', declaredAt: '2026-11-21T00:00:00.000Z', foundBy: '', observed: '', status: 'active' }, ctx);
    const [check] = accountsFeature.incidentCloseChecks;
    expect(await check?.check(db, incident.id)).toEqual([]);
    await recordAccountEvent(db, accountEventSchema.parse({ accountId: account.id, kind: 'opened', at: '2026-11-21T01:00:00.000Z', who: '佐藤', detail: '訓練', incidentId: incident.id }), ctx);
    expect(await check?.check(db, incident.id)).toEqual(['認証サーバ／ドメイン管理者']);
    await recordAccountEvent(db, accountEventSchema.parse({ accountId: account.id, kind: 'retired', at: '2026-11-21T02:00:00.000Z', who: '佐藤' }), ctx);
    expect(await check?.check(db, incident.id)).toEqual([]);

    const [rule] = accountsFeature.guidelineEvidence;
    const findings = await rule?.evaluate(db, { today: '2026-11-21', fiscalYear: { start: '2026-04-01', end: '2027-03-31' } });
    expect(findings?.map((f) => f.messageKey)).toEqual(['accounts.evidence.noneRegistered']);
  });
});
