export type { Shape } from './ja';

/** One area's words: Japanese first, English with the same keys, merged under `prefix` (e.g. `contacts.heading`). */
export interface AreaText {
  prefix: string;
  ja: object;
  en: object;
}

/**
 * What every `i18n/<area>.ts` exports as its default. index.ts finds the files itself, so adding an area's words
 * never means editing a shared file.
 */
export function areaText<J extends object>(prefix: string, ja: J, en: object): AreaText {
  return { prefix, ja, en };
}
