import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../db/settings';
import type { AuditEntry } from '../../domain/audit/audit-entry';
import { translator } from '../../i18n/testing';
import { auditRowText, type AuditLabels } from './audit-print';

// The audit log names what the areas declare (the assembled names are checked in features/modules.test.ts).
const labels = {
  auditFieldLabels: {
    contacts: { lastVerifiedAt: 'contacts.form.lastVerifiedAt', phones: 'contacts.form.phones' },
    systems: { rtoHours: 'systems.field.rtoHours', eos: 'audit.fieldNames.eos' },
  },
  settingLabels: { knownUsers: 'audit.settingNames.knownUsers' },
} as unknown as AuditLabels;

const row = (overrides: Partial<AuditEntry>): AuditEntry => ({
  seq: 1,
  at: '2026-11-21T00:00:00.000Z',
  actor: '山田 花子',
  table: 'contacts',
  recordId: 'c-1',
  action: 'update',
  label: '佐藤 健一',
  changedFields: [],
  ...overrides,
});

describe('audit log text', () => {
  it('names changed fields in the words of their forms, in Japanese', async () => {
    const t = await translator('ja');
    expect(auditRowText(t, row({ changedFields: ['lastVerifiedAt', 'phones'] }), labels)).toEqual({
      table: '連絡先',
      action: '変更',
      actor: '山田 花子',
      label: '佐藤 健一',
      fields: '最終確認日、電話番号',
    });
    expect(auditRowText(t, row({ table: 'systems', label: '電子カルテ', changedFields: ['rtoHours', 'eos'] }), labels).fields).toBe('目標復旧時間 RTO（時間）、サポート終了日（EOS）');
  });

  it('names a changed setting instead of showing its key, and the app itself as システム（自動）', async () => {
    const t = await translator('ja');
    const text = auditRowText(t, row({ table: 'settings', recordId: 'knownUsers', label: 'knownUsers', actor: SYSTEM_ACTOR, action: 'create', changedFields: ['value'] }), labels);
    expect(text).toMatchObject({ table: '設定', actor: 'システム（自動）', label: '操作者の一覧', fields: '' });
  });

  it('names the tables a restore replaced', async () => {
    const t = await translator('ja');
    const restore = row({ table: 'workbook', recordId: 'restore', action: 'restore', label: 'さくら病院（令和8年11月21日 09:00 時点）', changedFields: ['contacts', 'systems'] });
    expect(auditRowText(t, restore, labels)).toMatchObject({ table: 'ワークブック全体', action: '復元', fields: '連絡先、システム台帳' });
  });

  it('keeps a field it has no name for as it is stored (tables of areas not built yet)', async () => {
    const t = await translator('ja');
    expect(auditRowText(t, row({ table: 'drills', changedFields: ['scheduledFor'] }), labels).fields).toBe('scheduledFor');
  });
});
