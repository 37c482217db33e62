import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { systemBackupWarnings, type SystemBackupFields, type SystemBackupWarning } from '../../domain/systems/backup-register';
import { eosWarnings, legacyWarnings, type EosWarning, type LegacyWarning } from '../../domain/systems/eos';
import type { SystemFields } from '../../domain/systems/system';
import { formatStoredDate } from '../../domain/date-text';

export function eosWarningText(t: TFunction, w: EosWarning, language: string): string {
  return t(`systems.eos.level.${w.level}`, { milestone: t(`systems.eos.${w.milestone}`), date: formatStoredDate(w.date, language) });
}

export function legacyWarningText(t: TFunction, w: LegacyWarning, system: Pick<SystemFields, 'riskAcceptance'>, language: string): string {
  return t(`systems.legacy.${w}`, { date: formatStoredDate(system.riskAcceptance.reviewDate, language) });
}

export function backupWarningText(t: TFunction, w: SystemBackupWarning, testRestoreDays: number): string {
  return t(`systems.backupWarning.${w}`, { days: testRestoreDays });
}

interface Props {
  system: SystemFields;
  backups: readonly SystemBackupFields[];
  today: string;
  testRestoreDays: number;
}

/** Everything that needs attention on one system: EOS, legacy risk acceptance, backup gaps. Nothing when all is well. */
export function SystemWarnings({ system, backups, today, testRestoreDays }: Props) {
  const { t, i18n } = useTranslation();
  const items = [
    ...eosWarnings(system, today).map((w) => ({ key: `eos-${w.milestone}`, text: eosWarningText(t, w, i18n.language), past: w.level === 'past' })),
    ...legacyWarnings(system, today).map((w) => ({ key: w, text: legacyWarningText(t, w, system, i18n.language), past: true })),
    ...systemBackupWarnings(system, backups, today, testRestoreDays).map((w) => ({ key: w, text: backupWarningText(t, w, testRestoreDays), past: true })),
  ];
  if (items.length === 0) return null;
  return (
    <div className="banner systems-warn systems-warnings" role="status" data-testid="system-warnings">
      <ul>
        {items.map((item) => (
          <li key={item.key} className={item.past ? 'systems-warning-strong' : undefined}>
            {item.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
