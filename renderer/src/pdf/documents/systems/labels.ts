import type { MediaKind, SystemBackupWarning } from '../../../domain/systems/backup-register';
import type { EosLevel, LegacyWarning } from '../../../domain/systems/eos';
import type { RunKind, RunOutcome } from '../../../domain/systems/runbook-run';
import type { Criticality, EosMilestone, SystemCategory, SystemKind } from '../../../domain/systems/system';

/** Japanese labels for the systems area's printed documents (paper is always Japanese, whatever the screen shows). */

export const KIND_JA: Record<SystemKind, string> = { system: 'システム', server: 'サーバ', terminal: '端末', medicalDevice: '医療機器', networkDevice: 'ネットワーク機器' };

export const CATEGORY_JA: Record<SystemCategory, string> = {
  ehr: '電子カルテ',
  ordering: 'オーダリング',
  billing: '医事会計',
  pacs: 'PACS',
  laboratory: '検査',
  pharmacy: '薬剤',
  foodService: '給食',
  logistics: '物流',
  other: 'その他',
};

export const CRITICALITY_JA: Record<Criticality, string> = { high: '高', medium: '中', low: '低' };

export const MEDIA_JA: Record<MediaKind, string> = { appendable: '追記可能', writeOnce: '追記不能（WORM）', offline: 'オフライン保管' };

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

export const RUN_KIND_JA: Record<RunKind, string> = { drill: '訓練', real: '本番' };
export const OUTCOME_JA: Record<RunOutcome, string> = { '': '実施中', completed: '完了', abandoned: '中止' };

export function hoursJa(value: number | null): string {
  return value === null ? '—' : `${value}時間`;
}
