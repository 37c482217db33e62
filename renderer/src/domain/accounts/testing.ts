import { accountEventSchema, type AccountEvent, type AccountEventFields } from './account-event';
import { emergencyAccountSchema, type EmergencyAccount } from './emergency-account';

const meta = (id: string, at: string) => ({ id, createdAt: at, updatedAt: at, updatedBy: 'test' });

/** An account for tests, sealed on 2026-10-01 unless told otherwise. */
export function testAccount(id: string, fields: Partial<Record<keyof EmergencyAccount, unknown>> = {}): EmergencyAccount {
  return { ...meta(id, '2026-10-01T00:00:00.000Z'), ...emergencyAccountSchema.parse({ systemId: 'sys-1', name: `管理者代行 ${id}`, storagePlace: '情報システム室 金庫', sealNumber: 'S-001', sealedOn: '2026-10-01', ...fields }) };
}

/** An event for tests, checked by the schema. */
export function testEvent(id: string, fields: Partial<AccountEventFields> & Pick<AccountEventFields, 'kind' | 'at'>): AccountEvent {
  const defaults = { accountId: 'a1', who: '佐藤', detail: fields.kind === 'opened' || fields.kind === 'used' || fields.kind === 'reviewed' ? '記録' : '' };
  const extra = fields.kind === 'resealed' ? { newSealNumber: `S-${id}`, changedBy: '山﨑' } : {};
  return { ...meta(id, fields.at), ...accountEventSchema.parse({ ...defaults, ...extra, ...fields }) };
}
