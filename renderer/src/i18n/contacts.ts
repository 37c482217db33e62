import type { Shape } from './ja';

/** UI text of the contacts area, under the `contacts.` key prefix. Japanese first; English must have the same keys. */
export const contactsJa = {};

export const contactsEn: Shape<typeof contactsJa> = {};
