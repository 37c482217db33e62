import type { ParseKeys } from 'i18next';
import type * as areas from './areas';
import type { ja } from './ja';

type Areas = typeof areas;

/** The whole translation as the compiler sees it: the shared words of ja.ts and each area's under its prefix. */
export type Translation = typeof ja & { [A in keyof Areas as Areas[A]['prefix']]: Areas[A]['ja'] };

/**
 * i18next checks every key given to `t` against the Japanese resource: a missing or misspelt key, or a key built
 * from a template literal over a plain string, fails `npm run typecheck`. A key chosen at run time comes from a
 * typed union (`t(\`criticality.${c}\`)` with `c: Criticality`) or a field typed `TranslationKey`.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}

/** Any key of the app's words, e.g. `contacts.heading`: for fields that name a text (a module's titles, a form's error). */
export type TranslationKey = ParseKeys;

/**
 * A key handed over as data by a layer that may not import i18n (db's references, domain rules, the audit labels of
 * areas still in progress). The compiler cannot see it; features/modules.test.ts checks that each one exists.
 */
export function dataKey(key: string): TranslationKey {
  return key as TranslationKey;
}
