import type { Shape } from './ja';

/** UI text of the paper area, under the `paper.` key prefix. Japanese first; English must have the same keys. */
export const paperJa = {};

export const paperEn: Shape<typeof paperJa> = {};
