import { z } from 'zod';

/**
 * A workbook setting an area owns: its schema (a stored value that fails it falls back to the default) and its default.
 * Areas declare theirs beside their domain (domain/<area>/*-settings.ts); db/settings.ts spreads the declarations in.
 */
export interface SettingDeclaration<S extends z.ZodType = z.ZodType> {
  schema: S;
  default: z.output<S>;
}

/** A setting that is a whole number of days (review intervals, planning horizons), edited with workbook/DaysSetting. */
export function daysSetting(min: number, max: number, byDefault: number) {
  return { schema: z.number().int().min(min).max(max), default: byDefault, days: true as const };
}
