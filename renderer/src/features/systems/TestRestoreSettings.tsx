import { DaysSetting } from '../../workbook/DaysSetting';

const TEXT = { heading: 'systems.settings.heading', label: 'systems.settings.testRestoreDays', hint: 'systems.settings.hint', submit: 'settings.save' } as const;

/** 設定: how long a successful test restore counts (settings.testRestoreDays). */
export function TestRestoreSettings() {
  return <DaysSetting setting="testRestoreDays" id="test-restore" text={TEXT} />;
}
