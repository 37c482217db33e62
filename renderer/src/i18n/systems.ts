import type { Shape } from './ja';

/** UI text of the systems area, under the `systems.` key prefix. Japanese first; English must have the same keys. */
export const systemsJa = {};

export const systemsEn: Shape<typeof systemsJa> = {};
