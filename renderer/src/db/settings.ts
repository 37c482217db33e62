import { z } from 'zod';
import type { BcpDatabase } from './database';
import { appendAuditRows } from './audit-trail';
import { writeTransaction, type WriteContext } from './repository';

/** Every setting with its schema and default: one place, so a bad stored value falls back instead of breaking. */
export const settingSchemas = {
  uiLanguage: z.enum(['ja', 'en']),
  currentUser: z.string().max(60),
  knownUsers: z.array(z.string().max(60)).max(100),
  /** Contacts not verified for longer than this are flagged (issue: contacts). */
  contactReviewDays: z.number().int().min(7).max(3650),
  /** A backup with no successful test restore for longer than this is warned about (issue: systems & backups). */
  testRestoreDays: z.number().int().min(7).max(3650),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.output<(typeof settingSchemas)[K]>;
export type Settings = { [K in SettingKey]: SettingValue<K> };

export const defaultSettings: Readonly<Settings> = Object.freeze({
  uiLanguage: 'ja',
  currentUser: '',
  knownUsers: [],
  contactReviewDays: 180,
  testRestoreDays: 180,
});

/** Writes made by the app itself (before anyone has entered a name) are audited under this actor. */
export const SYSTEM_ACTOR = 'system';

export async function readSettings(db: BcpDatabase): Promise<Settings> {
  const rows = await db.settings.toArray();
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(settingSchemas) as SettingKey[]) {
    const parsed = settingSchemas[key].safeParse(stored.get(key));
    result[key] = parsed.success ? parsed.data : defaultSettings[key];
  }
  return result as Settings;
}

export async function writeSetting<K extends SettingKey>(db: BcpDatabase, key: K, value: SettingValue<K>, context: WriteContext): Promise<void> {
  const parsed = settingSchemas[key].safeParse(value);
  if (!parsed.success) throw new Error(`invalid value for setting ${key}`);
  const at = (context.now?.() ?? new Date()).toISOString();
  const actor = context.actor.trim() || SYSTEM_ACTOR;
  await writeTransaction(db, [db.settings], async () => {
    const before = await db.settings.get(key);
    if (before && JSON.stringify(before.value) === JSON.stringify(value)) return;
    await db.settings.put({ key, value });
    await appendAuditRows(db, [{ at, actor, table: 'settings', recordId: key, action: before ? 'update' : 'create', label: key, changedFields: ['value'] }]);
  });
}
