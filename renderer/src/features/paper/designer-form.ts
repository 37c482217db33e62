import { z } from 'zod';
import { idFitsFirstColumn, sheetLayout } from '../../domain/paper/form-layout';
import { formTemplateBaseSchema, type FormTemplate, type FormTemplateFields } from '../../domain/paper/form-template';
import { resetNumbering, temporaryIdNumberingSchema } from '../../domain/paper/temporary-patient-ids';

/**
 * The form designer's values: the template without its counter, plus whether it is pre-numbered and, for a new
 * numbered form, its first range. An existing form's range is changed only by the explicit reset dialog.
 */
export const rangeSchema = z.object({
  prefix: z.string().max(10, 'validation.tooLong'),
  digits: z.number({ error: 'paper.validation.digits' }),
  rangeStart: z.number({ error: 'paper.validation.rangeStart' }),
  rangeEnd: z.number({ error: 'paper.validation.rangeEnd' }),
});
export type RangeValues = z.output<typeof rangeSchema>;

/** Range problems under the given path, checked by the one numbering schema. */
export function rangeIssues(range: RangeValues): { path: (string | number)[]; message: string }[] {
  const result = temporaryIdNumberingSchema.safeParse({ ...range, nextNumber: range.rangeStart });
  if (result.success) return [];
  return result.error.issues
    .filter((i) => i.path[0] !== 'nextNumber')
    .map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }));
}

export const designerSchema = formTemplateBaseSchema
  .omit({ numbering: true, starterId: true })
  .extend({ numbered: z.boolean(), range: rangeSchema, rangeLocked: z.boolean() })
  .superRefine((values, ctx) => {
    if (values.numbered && !values.rangeLocked) {
      for (const issue of rangeIssues(values.range)) ctx.addIssue({ code: 'custom', path: ['range', ...issue.path], message: issue.message });
    }
    if (values.columns.length > 0 && !sheetLayout({ ...values, numbering: values.numbered ? true : undefined }).fits) {
      ctx.addIssue({ code: 'custom', path: ['rowsPerPage'], message: 'paper.validation.rowsDoNotFit' });
    }
    if (values.numbered && values.columns.length > 0 && !idFitsFirstColumn(values, values.range)) {
      ctx.addIssue({ code: 'custom', path: ['columns', 0, 'width'], message: 'paper.validation.idTooWide' });
    }
  });

export type DesignerValues = z.input<typeof designerSchema>;
export type DesignerOutput = z.output<typeof designerSchema>;

export const DEFAULT_RANGE: RangeValues = { prefix: '仮-', digits: 6, rangeStart: 1, rangeEnd: 99999 };

export function emptyDesign(department: string): DesignerValues {
  return {
    title: '',
    department,
    headerFields: [{ label: '患者ID' }, { label: '氏名' }, { label: '生年月日' }, { label: '日付' }, { label: '記入者' }],
    columns: [
      { label: '時刻', width: 1 },
      { label: '内容', width: 4 },
      { label: '担当', width: 1 },
    ],
    rowsPerPage: 15,
    signatureBoxes: [],
    notes: '',
    copies: 1,
    orientation: 'portrait',
    stock: { sheetsPerDay: 0, scope: 'department', packSize: 0 },
    numbered: false,
    range: DEFAULT_RANGE,
    rangeLocked: false,
  };
}

export function templateToDesign(form: FormTemplate): DesignerValues {
  const { title, department, headerFields, columns, rowsPerPage, signatureBoxes, notes, copies, orientation, stock, numbering } = form;
  return {
    title,
    department,
    headerFields,
    columns,
    rowsPerPage,
    signatureBoxes,
    notes,
    copies,
    orientation,
    stock,
    numbered: numbering !== undefined,
    range: numbering ? { prefix: numbering.prefix, digits: numbering.digits, rangeStart: numbering.rangeStart, rangeEnd: numbering.rangeEnd } : DEFAULT_RANGE,
    rangeLocked: numbering !== undefined,
  };
}

/** The template to save. An existing numbered form keeps its stored counter (saveFormTemplate ignores this one). */
export function designToTemplate(values: DesignerOutput): FormTemplateFields {
  const { numbered, range, rangeLocked: _locked, ...fields } = values;
  return { ...fields, ...(numbered ? { numbering: resetNumbering(range) } : {}) };
}
