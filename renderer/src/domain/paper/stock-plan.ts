import { formDepartmentLabel } from './form-layout';
import type { FormTemplateFields } from './form-template';

/**
 * 備蓄計画: how many printed sheets of each form to keep so the hospital can work on paper for the planned
 * number of days. Real outages lasted weeks, hence the 28-day default.
 */

export const DEFAULT_PLANNED_DAYS = 28;
export const MAX_PLANNED_DAYS = 366;

type StockForm = Pick<FormTemplateFields, 'title' | 'department' | 'copies' | 'stock'> & { id: string };

export interface StockLine {
  formId: string;
  title: string;
  /** The ward (scope ward) or the department the sheets are kept in. */
  place: string;
  /** Forms filled in per day at this place. */
  formsPerDay: number;
  days: number;
  /** Forms needed for the planned days (rounded up to whole forms). */
  forms: number;
  /** Printed sheets: forms × copies (a 2枚複写 form uses two sheets). */
  sheets: number;
  /** Packs of `packSize` sheets, when the form is kept in pads or packs. */
  packs: number | null;
  packSize: number;
  /** Sheets to keep printed: `sheets` rounded up to whole packs. */
  sheetsToKeep: number;
}

/** One line of the plan: a form used `formsPerDay` times a day at one place. */
export function stockLine(form: StockForm, place: string, days: number): StockLine {
  const perDay = Math.max(0, form.stock.sheetsPerDay);
  // Round the day count times usage before multiplying by copies: half a form cannot be filled in.
  const forms = Math.ceil(perDay * days - 1e-9);
  const sheets = forms * Math.max(1, form.copies);
  const packSize = form.stock.packSize;
  const packs = packSize > 0 ? Math.ceil(sheets / packSize) : null;
  return {
    formId: form.id,
    title: form.title,
    place,
    formsPerDay: perDay,
    days,
    forms,
    sheets,
    packs,
    packSize,
    sheetsToKeep: packs === null ? sheets : packs * packSize,
  };
}

/** The places a form is kept: every ward for ward forms, else its department. */
export function stockPlaces(form: Pick<FormTemplateFields, 'department' | 'stock'>, wards: readonly string[]): string[] {
  if (form.stock.scope === 'ward') return wards.length > 0 ? [...wards] : ['病棟'];
  return [formDepartmentLabel(form.department)];
}

export interface StockPlan {
  days: number;
  lines: StockLine[];
  /** Per form: total sheets to keep over all places. */
  totals: { formId: string; title: string; sheetsToKeep: number }[];
  sheetsToKeep: number;
}

/** The plan for every form with a usage rate; forms used 0 times a day are left out. */
export function planStock(forms: readonly StockForm[], wards: readonly string[], days: number = DEFAULT_PLANNED_DAYS): StockPlan {
  const planned = Math.min(MAX_PLANNED_DAYS, Math.max(1, Math.floor(days)));
  const lines: StockLine[] = [];
  const totals: StockPlan['totals'] = [];
  for (const form of forms) {
    if (form.stock.sheetsPerDay <= 0) continue;
    const formLines = stockPlaces(form, wards).map((place) => stockLine(form, place, planned));
    lines.push(...formLines);
    totals.push({ formId: form.id, title: form.title, sheetsToKeep: formLines.reduce((sum, l) => sum + l.sheetsToKeep, 0) });
  }
  return { days: planned, lines, totals, sheetsToKeep: totals.reduce((sum, t) => sum + t.sheetsToKeep, 0) };
}

/**
 * Sheets of one form to put in a downtime kit for `days` days: every place's usage, as whole forms (the kit
 * prints forms, each form printed `copies` times). At least one form, so every kit holds a master to copy from.
 */
export function kitForms(form: StockForm, wards: readonly string[], days: number): number {
  if (days <= 0 || form.stock.sheetsPerDay <= 0) return 1;
  const places = stockPlaces(form, wards).length;
  return Math.max(1, places * Math.ceil(form.stock.sheetsPerDay * days - 1e-9));
}
