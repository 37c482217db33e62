import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ja } from './ja';
import * as areas from './areas';
import type { AreaText } from './area-text';
export { dataKey, type Translation, type TranslationKey } from './typed-keys';

/** Every area's words, from the one-line-per-area list in i18n/areas.ts. */
export const areaTexts: readonly AreaText[] = Object.values(areas);

function merged(base: object, language: 'ja' | 'en'): Record<string, unknown> {
  const translation: Record<string, unknown> = { ...base };
  for (const area of areaTexts) {
    if (area.prefix in translation) throw new Error(`i18n: the prefix "${area.prefix}" is used twice`);
    translation[area.prefix] = area[language];
  }
  return translation;
}

export const resources = {
  ja: { translation: merged(ja, 'ja') },
  en: { translation: merged(en, 'en') },
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
