import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ja } from './ja';
import type { AreaText } from './area-text';

/**
 * Every area keeps its words in its own file, `i18n/<area>.ts`, whose default export names its key prefix. They are
 * found here by file name, so no shared file lists the areas.
 */
const areaFiles = import.meta.glob<AreaText>(['./*.ts', '!./index.ts', '!./testing.ts', '!./ja.ts', '!./en.ts', '!./area-text.ts', '!./*.test.ts'], {
  eager: true,
  import: 'default',
});

export const areaTexts: readonly AreaText[] = Object.values(areaFiles);

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
