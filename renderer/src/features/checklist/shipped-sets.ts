import { itemSetFileSchema, nextSetVersion, type ChecklistSetFields } from '../../domain/checklist/item-set';

/**
 * The item sets shipped with the app (resources/checklist/*.json), bundled rather than fetched so the screen and the
 * prints work offline at once. A set the facility changed (wording, a newer version) is stored and wins.
 */
const files = import.meta.glob<unknown>('../../../../resources/checklist/*.json', { eager: true, import: 'default' });

/** The order the sets are offered in: the inspection checklist first. */
const ORDER = ['mhlw-r7-facility', 'mhlw-bcp-2024', 'guideline-6-3-4', 'mhlw-r7-vendor'];

let parsed: ChecklistSetFields[] | null = null;

export function shippedSets(): ChecklistSetFields[] {
  parsed ??= Object.values(files)
    .map((file) => nextSetVersion(undefined, itemSetFileSchema.parse(file)))
    .sort((a, b) => ORDER.indexOf(a.setId) - ORDER.indexOf(b.setId));
  return parsed;
}

export const VENDOR_SET_ID = 'mhlw-r7-vendor';

/** Each set as the facility has it: its stored version where there is one, else the shipped one. */
export function effectiveSets(stored: readonly ChecklistSetFields[]): ChecklistSetFields[] {
  const byId = new Map(stored.map((s) => [s.setId, s]));
  const shipped = shippedSets();
  const extra = stored.filter((s) => !shipped.some((x) => x.setId === s.setId));
  return [...shipped.map((s) => byId.get(s.setId) ?? s), ...extra];
}
