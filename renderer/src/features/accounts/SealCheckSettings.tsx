import { DaysSetting } from '../../workbook/DaysSetting';

const TEXT = { heading: 'accounts.settings.heading', label: 'accounts.settings.sealCheckDays', hint: 'accounts.settings.hint', submit: 'settings.save' } as const;

/** 設定: how often sealed credentials are checked (settings.accountSealCheckDays). */
export function SealCheckSettings() {
  return <DaysSetting setting="accountSealCheckDays" id="account-seal-check" text={TEXT} />;
}
