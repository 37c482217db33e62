import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { auditEn, auditJa } from './audit';
import { contactsEn, contactsJa } from './contacts';
import { editLockEn, editLockJa } from './edit-lock';
import { en } from './en';
import { ja } from './ja';
import { paperEn, paperJa } from './paper';
import { systemsEn, systemsJa } from './systems';
import { workbookBackupEn, workbookBackupJa } from './workbook-backup';

/** Each area keeps its text in its own file; they are merged under their own prefixes here. */
export const resources = {
  ja: { translation: { ...ja, contacts: contactsJa, paper: paperJa, systems: systemsJa, audit: auditJa, workbookBackup: workbookBackupJa, editLock: editLockJa } },
  en: { translation: { ...en, contacts: contactsEn, paper: paperEn, systems: systemsEn, audit: auditEn, workbookBackup: workbookBackupEn, editLock: editLockEn } },
};

export type Language = 'ja' | 'en';

/** Japanese first; English is chosen in Settings and remembered in the workbook's settings. */
export async function initI18n(language: Language = 'ja'): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'ja',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
