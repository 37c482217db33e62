import type { SystemBackupWarning } from '../../../domain/systems/backup-register';
import type { EosLevel, LegacyWarning } from '../../../domain/systems/eos';
import type { EosMilestone } from '../../../domain/systems/system';

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


export function hoursJa(value: number | null): string {
  return value === null ? '—' : `${value}時間`;
}
