import { z } from 'zod';
import { idFitsFirstColumn, sheetLayout } from './form-layout';
import type { RecordMeta } from '../record';
import { temporaryIdNumberingSchema } from './temporary-patient-ids';

/**
 * 帳票テンプレート (R7): a blank paper form the hospital designs itself, printed on A4 when the systems are down.
 * Validation messages are i18n keys.
 */

export const FORM_LIMITS = {
  title: 60,
  label: 20,
  headerFields: 12,
  columns: 16,
  signatureBoxes: 6,
  notes: 600,
  rowsPerPage: { min: 1, max: 60 },
  copies: { min: 1, max: 5 },
} as const;

const label = (max: number = FORM_LIMITS.label) => z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');

export const formColumnSchema = z.object({
  label: label(),
  /** Relative width: a column of 2 is twice as wide as a column of 1. */
  width: z.number({ error: 'paper.validation.widthPositive' }).positive('paper.validation.widthPositive').max(100, 'paper.validation.widthTooLarge'),
});
export type FormColumn = z.output<typeof formColumnSchema>;

export const stockScopes = ['department', 'ward'] as const;
export type StockScope = (typeof stockScopes)[number];

/** How fast the form is used, for the stock plan (備蓄計画). */
export const formStockSchema = z.object({
  /** Forms filled in per day, per ward (scope ward) or for the department (scope department). */
  sheetsPerDay: z.number({ error: 'paper.validation.sheetsPerDay' }).min(0, 'paper.validation.sheetsPerDay').max(10_000, 'paper.validation.sheetsPerDay'),
  scope: z.enum(stockScopes),
  /** Sheets per pad or pack; stock is rounded up to whole packs. 0 = loose sheets. */
  packSize: z.number({ error: 'paper.validation.packSize' }).int('paper.validation.packSize').min(0, 'paper.validation.packSize').max(5000, 'paper.validation.packSize'),
});
export type FormStock = z.output<typeof formStockSchema>;

export const DEFAULT_STOCK: FormStock = { sheetsPerDay: 0, scope: 'department', packSize: 0 };

export const formTemplateBaseSchema = z.object({
  title: label(FORM_LIMITS.title),
  /** '' = used by every department (全部署共通). */
  department: z.string().trim().max(60, 'validation.tooLong').default(''),
  headerFields: z.array(z.object({ label: label(12) })).max(FORM_LIMITS.headerFields, 'validation.tooLong').default([]),
  columns: z.array(formColumnSchema).min(1, 'paper.validation.atLeastOneColumn').max(FORM_LIMITS.columns, 'validation.tooLong'),
  rowsPerPage: z
    .number({ error: 'paper.validation.rowsPerPage' })
    .int('paper.validation.rowsPerPage')
    .min(FORM_LIMITS.rowsPerPage.min, 'paper.validation.rowsPerPage')
    .max(FORM_LIMITS.rowsPerPage.max, 'paper.validation.rowsPerPage'),
  signatureBoxes: z.array(z.object({ label: label(10) })).max(FORM_LIMITS.signatureBoxes, 'validation.tooLong').default([]),
  notes: z.string().trim().max(FORM_LIMITS.notes, 'validation.tooLong').default(''),
  /** 複写枚数: every sheet is printed this many times, marked 1枚目（原本）, 2枚目（控え）… */
  copies: z
    .number({ error: 'paper.validation.copies' })
    .int('paper.validation.copies')
    .min(FORM_LIMITS.copies.min, 'paper.validation.copies')
    .max(FORM_LIMITS.copies.max, 'paper.validation.copies'),
  orientation: z.enum(['portrait', 'landscape']).default('portrait'),
  stock: formStockSchema.default(DEFAULT_STOCK),
  /** Pre-numbered temporary patient IDs in the first column (仮患者番号台帳). Changed only by an explicit reset. */
  numbering: temporaryIdNumberingSchema.optional(),
  /** Set on forms shipped with the app, so 「初期状態に戻す」 can find the shipped version. */
  starterId: z.string().max(60).optional(),
});

/** A design must fit one A4 sheet per page: pdfmake would otherwise spill the table onto a second sheet. */
export const formTemplateSchema = formTemplateBaseSchema.superRefine((form, ctx) => {
  if (form.columns.length === 0) return;
  if (!sheetLayout(form).fits) ctx.addIssue({ code: 'custom', path: ['rowsPerPage'], message: 'paper.validation.rowsDoNotFit' });
  if (form.numbering && !idFitsFirstColumn(form, form.numbering)) ctx.addIssue({ code: 'custom', path: ['columns', 0, 'width'], message: 'paper.validation.idTooWide' });
});

export type FormTemplateFields = z.output<typeof formTemplateSchema>;
export type FormTemplate = FormTemplateFields & RecordMeta;

/** Whether a form belongs in a department's kit: its own forms and the forms every department uses. */
export function formBelongsTo(form: Pick<FormTemplateFields, 'department'>, department: string): boolean {
  return form.department === '' || form.department === department;
}
