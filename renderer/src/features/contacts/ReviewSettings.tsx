import { DaysSetting } from '../../workbook/DaysSetting';

const TEXT = { heading: 'contacts.review.settingsHeading', label: 'contacts.review.days', hint: 'contacts.review.daysHint', submit: 'contacts.review.apply' } as const;

/** 設定: how many days after 最終確認日 a contact is flagged 「要確認」. */
export function ReviewSettings() {
  return <DaysSetting setting="contactReviewDays" id="contacts-review" text={TEXT} />;
}
