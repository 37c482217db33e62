import { DaysSetting } from '../../workbook/DaysSetting';

/** 設定: how often drills are due. */
export function DrillSettings() {
  return (
    <DaysSetting
      setting="drillIntervalDays"
      id="drill-interval"
      text={{ heading: 'drills.settings.heading', label: 'drills.settings.label', hint: 'drills.settings.hint', submit: 'drills.settings.submit' }}
    />
  );
}
