import type { Shape } from './ja';

/** UI text of the safety area, under the `safety.` key prefix. Japanese first; English must have the same keys. */
export const safetyJa = {};

export const safetyEn: Shape<typeof safetyJa> = {};
