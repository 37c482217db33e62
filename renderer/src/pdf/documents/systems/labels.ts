import type { SystemBackupWarning } from '../../../domain/systems/backup-register';
import type { EosLevel, LegacyWarning } from '../../../domain/systems/eos';
import { isLocalDateString, parseLocalDate, toLocalDateString } from '../../../base/local-date';
import type { EosMilestone } from '../../../domain/systems/system';
import { formatWareki } from '../../../domain/wareki';

/**
 * Japanese words only the systems area's printed documents use (paper is always Japanese, whatever the screen
 * shows). Names the screen shares — kinds, categories, criticality, media, run kinds and outcomes — sit beside
 * their enums in domain/systems.
 */

export const MILESTONE_JA: Record<EosMilestone, string> = { endOfSale: '販売終了', endOfSupport: 'サポート終了', endOfService: 'サービス終了' };

export const EOS_LEVEL_JA: Record<EosLevel, string> = { past: '終了済み', within3: '3か月以内', within6: '6か月以内', within12: '12か月以内' };

export const LEGACY_JA: Record<LegacyWarning, string> = {
  noRiskAcceptance: 'サポート終了後も使用中：リスク受容の記録なし',
  riskReviewDue: 'リスク受容の見直し日を過ぎています',
};

export const BACKUP_WARNING_JA: Record<SystemBackupWarning, (days: number) => string> = {
  noBackup: () => 'バックアップ未登録',
  noIsolatedCopy: () => '追記不能・オフライン保管の世代なし',
  noRecentTestRestore: (days) => `${days}日以内の復元テストなし`,
  onlyThroughSystem: () => 'システム自体を通さないと読み出せない',
};

/** 「令和8年11月21日」, or a dash. */
export function dateJa(value: string): string {
  return value && isLocalDateString(value) ? formatWareki(parseLocalDate(value)) : '—';
}

/** An instant as local 「令和8年11月21日 09:12」. */
export function dateTimeJa(iso: string): string {
  if (!iso) return '';
  return `${formatWareki(new Date(iso))} ${timeJa(iso)}`;
}

/** Just the clock time 「09:12」. */
export function timeJa(iso: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/**
 * 「11/22 01:30」, the form the run screen shows. Restores run past midnight and for days, and a page of the record
 * may be read apart from the first, so a check-off time is never printed without its date.
 */
export function monthDayTimeJa(iso: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getMonth() + 1}/${d.getDate()} ${timeJa(iso)}`;
}

/** 「令和8年11月21日 23:30 〜 11月22日 01:00」: the end's date is left out only when it is the start's. */
export function intervalJa(fromIso: string, toIso: string): string {
  const sameDay = toLocalDateString(new Date(fromIso)) === toLocalDateString(new Date(toIso));
  return `${dateTimeJa(fromIso)} 〜 ${sameDay ? timeJa(toIso) : dateTimeJa(toIso)}`;
}

export function hoursJa(value: number | null): string {
  return value === null ? '—' : `${value}時間`;
}
