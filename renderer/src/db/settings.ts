import { z } from 'zod';
import { accountSettings } from '../domain/accounts/account-settings';
import { contactSettings } from '../domain/contacts/contact-settings';
import { incidentSettings } from '../domain/incidents/incident-settings';
import { drillSettings } from '../domain/drills/drill-settings';
import { distributionSettings, DISTRIBUTION_LOCAL_KEYS } from '../domain/distribution/distribution-settings';
import { paperSettings } from '../domain/paper/paper-settings';
import type { SettingDeclaration } from '../domain/setting-declaration';
import { systemSettings } from '../domain/systems/system-settings';
import {
  backupFolderSchema,
  backupStatusSchema,
  DEFAULT_BACKUP_GENERATIONS,
  distributedCopySchema,
  editLockSchema,
} from '../domain/workbook-backup/workbook-settings';
import type { BcpDatabase } from './database';
import { appendAuditRows } from './audit-trail';
import { assertWritable } from './read-only';
import { writeTransaction, type WriteContext } from './repository';

/**
 * Settings the areas declare beside their domain. This file names the declarations, never their keys: a new area's
 * setting is one spread here and its own file (the types must be known statically, so this list cannot be assembled
 * from the feature modules, which live above db/).
 */
const areaSettings = { ...contactSettings, ...systemSettings, ...paperSettings, ...incidentSettings, ...accountSettings, ...drillSettings, ...distributionSettings } satisfies Record<string, SettingDeclaration>;
type AreaSettings = typeof areaSettings;

function schemasOf<D extends Record<string, SettingDeclaration>>(declarations: D): { [K in keyof D]: D[K]['schema'] } {
  return Object.fromEntries(Object.entries(declarations).map(([key, d]) => [key, d.schema])) as { [K in keyof D]: D[K]['schema'] };
}

function defaultsOf<D extends Record<string, SettingDeclaration>>(declarations: D): { [K in keyof D]: D[K]['default'] } {
  return Object.fromEntries(Object.entries(declarations).map(([key, d]) => [key, d.default])) as { [K in keyof D]: D[K]['default'] };
}

/** Settings kept as a whole number of days, which workbook/DaysSetting edits. */
export type DaysSettingKey = { [K in keyof AreaSettings]: AreaSettings[K] extends { days: true } ? K : never }[keyof AreaSettings];

/** Every setting with its schema and default: one place, so a bad stored value falls back instead of breaking. */
export const settingSchemas = {
  uiLanguage: z.enum(['ja', 'en']),
  currentUser: z.string().max(60),
  knownUsers: z.array(z.string().max(60)).max(100),
  ...schemasOf(areaSettings),
  /** Folders (local disk, USB drive) that receive automatic backup generations (workbook backup). */
  backupFolders: z.array(backupFolderSchema).max(10),
  /** Generations kept per folder. */
  backupGenerations: z.number().int().min(1).max(100),
  /** Machine state written by the backup scheduler without an audit row (see recordBackupStatus in db/workbook-backup-status.ts). */
  backupStatus: backupStatusSchema,
  /** Verifier of the 管理者パスフレーズ; null = no edit lock. Never the passphrase itself. */
  editLock: editLockSchema,
  /** Minutes without input after which an unlocked workbook locks again. */
  editLockIdleMinutes: z.number().int().min(1).max(240),
  /** Set while the workbook is a read-only 配布用コピー. */
  distributedCopy: distributedCopySchema,
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.output<(typeof settingSchemas)[K]>;
export type Settings = { [K in SettingKey]: SettingValue<K> };

export const defaultSettings: Readonly<Settings> = Object.freeze({
  uiLanguage: 'ja',
  currentUser: '',
  knownUsers: [],
  ...defaultsOf(areaSettings),
  backupFolders: [],
  backupGenerations: DEFAULT_BACKUP_GENERATIONS,
  backupStatus: {},
  editLock: null,
  editLockIdleMinutes: 10,
  distributedCopy: null,
});

/**
 * Settings that belong to this PC rather than to the workbook: a restore or a 配布用コピー keeps the values this PC
 * already has (another PC's backup folders or operator list mean nothing here, and a restored backup must not lock
 * anyone out with an old passphrase). They may also be changed while the workbook is read-only.
 */
export const LOCAL_SETTING_KEYS: ReadonlySet<string> = new Set<SettingKey>([
  'uiLanguage',
  'currentUser',
  'knownUsers',
  'backupFolders',
  'backupGenerations',
  'backupStatus',
  'editLock',
  'editLockIdleMinutes',
  ...DISTRIBUTION_LOCAL_KEYS,
]);

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
  if (!LOCAL_SETTING_KEYS.has(key)) assertWritable(db);
  const at = (context.now?.() ?? new Date()).toISOString();
  const actor = context.actor.trim() || SYSTEM_ACTOR;
  await writeTransaction(db, [db.settings], async () => {
    const before = await db.settings.get(key);
    if (before && JSON.stringify(before.value) === JSON.stringify(value)) return;
    await db.settings.put({ key, value });
    await appendAuditRows(db, [{ at, actor, table: 'settings', recordId: key, action: before ? 'update' : 'create', label: key, changedFields: ['value'] }]);
  });
}
