import { formBelongsTo, type FormTemplate } from './form-template';
import { compareProcedures, departmentChoices, type Procedure } from './procedure';
import { kitForms } from './stock-plan';

/**
 * What goes into a ダウンタイムキット: a department's procedures, the forms it uses (its own, the shared ones and
 * any its procedures name) and how many of each. Pure, so the screen, the print card and the benchmark agree.
 */

/** 「各様式 1部」 (a master to copy from) or the stock plan's usage for a number of days. */
export type KitQuantity = { kind: 'one' } | { kind: 'days'; days: number };

export interface KitPlanDepartment {
  department: string;
  procedures: Procedure[];
  forms: { form: FormTemplate; sheets: number }[];
}

function formsFor(department: string, procedures: readonly Procedure[], forms: readonly FormTemplate[]): FormTemplate[] {
  const linked = new Set(procedures.flatMap((p) => p.formIds));
  return forms.filter((f) => formBelongsTo(f, department) || linked.has(f.id));
}

export function planDepartmentKit(
  department: string,
  all: { procedures: readonly Procedure[]; forms: readonly FormTemplate[]; wards: readonly string[]; departmentOrder: readonly string[] },
  quantity: KitQuantity,
): KitPlanDepartment {
  const procedures = all.procedures.filter((p) => p.department === department).sort(compareProcedures(all.departmentOrder));
  const forms = formsFor(department, procedures, all.forms)
    .sort((a, b) => a.title.localeCompare(b.title, 'ja'))
    .map((form) => ({ form, sheets: quantity.kind === 'one' ? 1 : kitForms(form, all.wards, quantity.days) }));
  return { department, procedures, forms };
}

/** Departments that have something of their own to print, in the hospital's order. */
export function kitDepartments(procedures: readonly Pick<Procedure, 'department'>[], forms: readonly Pick<FormTemplate, 'department'>[], facilityDepartments: readonly string[]): string[] {
  const used = new Set([...procedures.map((p) => p.department), ...forms.map((f) => f.department).filter(Boolean)]);
  return [...new Set([...departmentChoices(facilityDepartments), ...used])].filter((d) => used.has(d));
}

export function quantityNote(quantity: KitQuantity): string {
  return quantity.kind === 'one' ? '各様式 1部' : `備蓄計画の使用数で ${quantity.days} 日分`;
}
