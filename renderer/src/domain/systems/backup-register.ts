import { z } from 'zod';
import { addDays } from '../../base/local-date';
import type { RecordMeta } from '../record';
import { optionalLocalDate, type SystemFields, type SystemKind } from './system';

/**
 * The backup register (R9). The lessons behind the warnings: at one hospital the backups sat on the servers'
 * network and were encrypted with them; at another they could only be read through the attacked system.
 */

/** 追記可能 (a NAS, a disk: ransomware can overwrite it) / 追記不能 (WORM, immutable) / オフライン保管 (disconnected). */
export const mediaKinds = ['appendable', 'writeOnce', 'offline'] as const;
export type MediaKind = (typeof mediaKinds)[number];

/** Japanese names, for the screen (ja) and paper alike. */
export const MEDIA_KIND_JA: Record<MediaKind, string> = { appendable: '追記可能', writeOnce: '追記不能（WORM）', offline: 'オフライン保管' };

/** Media a malware on the network cannot reach or rewrite. */
export const ISOLATED_MEDIA: ReadonlySet<MediaKind> = new Set(['writeOnce', 'offline']);

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong').default('');

export const systemBackupSchema = z.object({
  systemId: z.string().min(1, 'systems.validation.systemRequired'),
  /** 「日次フルバックアップ」「週次 LTO テープ」… */
  method: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  mediaKind: z.enum(mediaKinds),
  generations: z
    .number('systems.validation.number')
    .int('systems.validation.integer')
    .min(1, 'systems.validation.generationsMin')
    .max(10_000, 'systems.validation.tooLarge'),
  schedule: text(200),
  /** Where the media is kept (room, safe, other site). */
  location: text(200),
  /** Can it be read back without the system it backs up (e.g. without the attacked backup server)? */
  readableWithoutSystem: z.boolean().default(false),
  /** Last successful test restore (local date); '' = never tested. */
  lastTestRestoreAt: optionalLocalDate,
  notes: text(2000),
});

export type SystemBackupFields = z.output<typeof systemBackupSchema>;
export type SystemBackup = SystemBackupFields & RecordMeta;

export type BackupMethodWarning = 'neverTested' | 'testOverdue' | 'testDateInFuture';

/** Whether `lastTestRestoreAt` counts as a test within the period set in Settings (testRestoreDays). */
export function testedWithin(lastTestRestoreAt: string, today: string, testRestoreDays: number): boolean {
  return lastTestRestoreAt !== '' && lastTestRestoreAt <= today && lastTestRestoreAt >= addDays(today, -testRestoreDays);
}

export function backupMethodWarnings(backup: Pick<SystemBackupFields, 'lastTestRestoreAt'>, today: string, testRestoreDays: number): BackupMethodWarning[] {
  const last = backup.lastTestRestoreAt;
  if (last === '') return ['neverTested'];
  if (last > today) return ['testDateInFuture'];
  return testedWithin(last, today, testRestoreDays) ? [] : ['testOverdue'];
}

export type SystemBackupWarning = 'noBackup' | 'noIsolatedCopy' | 'noRecentTestRestore' | 'onlyThroughSystem';

/** Kinds whose data lives on them; terminals and devices are restored from configuration and images instead. */
const KINDS_HOLDING_DATA: ReadonlySet<SystemKind> = new Set(['system', 'server']);

/** What is missing in one system's backups, most serious first. */
export function systemBackupWarnings(
  system: Pick<SystemFields, 'kind'>,
  backups: readonly Pick<SystemBackupFields, 'mediaKind' | 'lastTestRestoreAt' | 'readableWithoutSystem'>[],
  today: string,
  testRestoreDays: number,
): SystemBackupWarning[] {
  if (backups.length === 0) return KINDS_HOLDING_DATA.has(system.kind) ? ['noBackup'] : [];
  const warnings: SystemBackupWarning[] = [];
  if (!backups.some((b) => ISOLATED_MEDIA.has(b.mediaKind))) warnings.push('noIsolatedCopy');
  if (!backups.some((b) => testedWithin(b.lastTestRestoreAt, today, testRestoreDays))) warnings.push('noRecentTestRestore');
  if (!backups.some((b) => b.readableWithoutSystem)) warnings.push('onlyThroughSystem');
  return warnings;
}

export interface SystemBackupReport<S> {
  system: S;
  warnings: SystemBackupWarning[];
}

/** Systems with backup gaps, in restore-priority order. */
export function backupReport<S extends Pick<SystemFields, 'kind' | 'restorePriority' | 'name'> & { id: string }>(
  systems: readonly S[],
  backups: readonly (Pick<SystemBackupFields, 'systemId' | 'mediaKind' | 'lastTestRestoreAt' | 'readableWithoutSystem'>)[],
  today: string,
  testRestoreDays: number,
): SystemBackupReport<S>[] {
  const bySystem = groupBySystem(backups);
  return [...systems]
    .sort((a, b) => a.restorePriority - b.restorePriority || a.name.localeCompare(b.name, 'ja'))
    .map((system) => ({ system, warnings: systemBackupWarnings(system, bySystem.get(system.id) ?? [], today, testRestoreDays) }))
    .filter((r) => r.warnings.length > 0);
}

export function groupBySystem<B extends { systemId: string }>(records: readonly B[]): Map<string, B[]> {
  const map = new Map<string, B[]>();
  for (const record of records) {
    const list = map.get(record.systemId);
    if (list) list.push(record);
    else map.set(record.systemId, [record]);
  }
  return map;
}
