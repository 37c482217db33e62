import { z } from 'zod';
import type { RecordMeta } from './record';

/** The one facility record's id: a workbook describes exactly one facility. */
export const FACILITY_ID = 'facility';

const nameList = z
  .array(z.string().trim().min(1).max(60))
  .max(200)
  .refine((names) => new Set(names).size === names.length, { message: 'validation.duplicateName' });

/** Validation messages are i18n keys, so the UI shows them in the user's language. */
export const facilitySchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  address: z.string().trim().max(200, 'validation.tooLong').default(''),
  departments: nameList,
  wards: nameList,
  /** Month the fiscal year starts (1–12); Japanese hospitals almost always use April. */
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(4),
  confidentialityLabel: z.string().trim().min(1, 'validation.required').max(20, 'validation.tooLong').default('取扱注意'),
});

export type FacilityFields = z.output<typeof facilitySchema>;
export type Facility = FacilityFields & RecordMeta;

/** Split a textarea of one name per line (or 、 / , separated) into a clean list, keeping the user's order. */
export function parseNameList(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of text.split(/[\n,、，]/)) {
    const name = raw.trim();
    if (name && !seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  }
  return names;
}
