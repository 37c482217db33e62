import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { phoneLabels, type PhoneLabel } from '../../domain/contacts/contact';

/**
 * Every string a contact row shows, translated once per language instead of a dozen `t()` calls per row: i18next
 * lookups were a quarter of the work of redrawing 30 rows on a keystroke over 10,000 contacts (`npm run bench`).
 */
export interface ContactListText {
  edit: string;
  verify: string;
  unverified: string;
  notFilled: string;
  keptAsWritten: string;
  keptNumber: string;
  copy: string;
  copied: string;
  copyFailed: string;
  phoneLabel: Record<PhoneLabel, string>;
  copyNumber(number: string): string;
  overdue(days: number): string;
}

// A placeholder no translation contains, so a translated pattern can be filled in without i18next.
const SLOT = '\u0000';

export function useContactListText(): ContactListText {
  // react-i18next hands out a new `t` when the language changes, so `t` alone keys the memo.
  const { t } = useTranslation();
  return useMemo(() => {
    const copyNumber = t('contacts.copyNumber', { number: SLOT });
    const overdue = t('contacts.overdue', { days: SLOT });
    return {
      edit: t('contacts.edit'),
      verify: t('contacts.verify'),
      unverified: t('contacts.unverified'),
      notFilled: t('contacts.notFilled'),
      keptAsWritten: t('contacts.keptAsWritten'),
      keptNumber: t('contacts.keptNumber'),
      copy: t('contacts.copy'),
      copied: t('contacts.copied'),
      copyFailed: t('contacts.copyFailed'),
      phoneLabel: Object.fromEntries(phoneLabels.map((label) => [label, t(`phoneLabel.${label}`)])) as Record<PhoneLabel, string>,
      copyNumber: (number) => copyNumber.replace(SLOT, number),
      overdue: (days) => overdue.replace(SLOT, String(days)),
    };
  }, [t]);
}
