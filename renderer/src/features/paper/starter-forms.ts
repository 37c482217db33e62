import { z } from 'zod';
import { formTemplateSchema, type FormTemplateFields } from '../../domain/paper/form-template';

/**
 * The forms shipped with the app (resources/templates/forms/*.json, written in Japanese). They are bundled, not
 * fetched: a new workbook is seeded inside the first-run transaction, where waiting on a fetch would end it.
 */
const files = import.meta.glob<unknown>('../../../../resources/templates/forms/*.json', { eager: true, import: 'default' });

const starterSchema = formTemplateSchema.and(z.object({ starterId: z.string().min(1) }));

export type StarterForm = FormTemplateFields & { starterId: string };

let parsed: StarterForm[] | null = null;

/** Every starter form in file order, validated like any other input. */
export function starterForms(): StarterForm[] {
  parsed ??= Object.keys(files)
    .sort()
    .map((path) => starterSchema.parse(files[path]) as StarterForm);
  return parsed;
}

export function starterForm(starterId: string): StarterForm | undefined {
  return starterForms().find((f) => f.starterId === starterId);
}
