import type { Shape } from './ja';
export type { Shape } from './ja';

/** One area's words: Japanese first, English with the same keys, merged under `prefix` (e.g. `contacts.heading`). */
export interface AreaText<P extends string = string, J extends object = object> {
  prefix: P;
  ja: J;
  en: Shape<J>;
}

/**
 * What every `i18n/<area>.ts` exports as its default. The prefix and the Japanese keys are kept in the type, so
 * `i18n/areas.ts` can hand them to the compiler: a misspelt key then fails `npm run typecheck`.
 */
export function areaText<const P extends string, J extends object>(prefix: P, ja: J, en: Shape<J>): AreaText<P, J> {
  return { prefix, ja, en };
}
