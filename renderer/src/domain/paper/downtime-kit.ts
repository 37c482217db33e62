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

/**
 * The whole hospital's kit: every department's kit, with each form's stock-plan quantity printed once — in its
 * own department's kit, or in the first kit for a 全部署共通 form. Where a form is only linked or shared it gets one
 * master to copy from, so the kit prints what the stock plan says to keep, not that times the number of kits.
 */
export function planHospitalKit(
  all: { procedures: readonly Procedure[]; forms: readonly FormTemplate[]; wards: readonly string[]; departmentOrder: readonly string[] },
  quantity: KitQuantity,
): KitPlanDepartment[] {
  const stocked = new Set<string>();
  return kitDepartments(all.procedures, all.forms, all.departmentOrder).map((department) => {
    const plan = planDepartmentKit(department, all, quantity);
    const forms = plan.forms.map((run) => {
      const holdsStock = run.form.department === department || (run.form.department === '' && !stocked.has(run.form.id));
      if (!holdsStock) return { ...run, sheets: 1 };
      stocked.add(run.form.id);
      return run;
    });
    return { ...plan, forms };
  });
}

/**
 * The most pages one print may have. pdfmake holds the whole document in memory (4,000 pages took 750 MB), so a
 * larger job can crash the window mid-render; 2,500 is the largest job the app already allowed (500 sheets of a
 * 5-copy form). A bigger kit is printed per department or for fewer days.
 */
export const MAX_PAGES_PER_PRINT = 2500;

/**
 * Pages a kit prints at least: every form sheet and copy, a contents page per department (and one for the
 * hospital), and a page per procedure (a long one runs longer). Known before anything is reserved or rendered.
 */
export function kitPageCount(plans: readonly KitPlanDepartment[], hospital: boolean): number {
  const perDepartment = plans.map((p) => 1 + p.procedures.length + p.forms.reduce((sum, run) => sum + run.sheets * run.form.copies, 0));
  return (hospital ? 1 : 0) + perDepartment.reduce((sum, n) => sum + n, 0);
}

/** Departments that have something of their own to print, in the hospital's order. */
export function kitDepartments(procedures: readonly Pick<Procedure, 'department'>[], forms: readonly Pick<FormTemplate, 'department'>[], facilityDepartments: readonly string[]): string[] {
  const used = new Set([...procedures.map((p) => p.department), ...forms.map((f) => f.department).filter(Boolean)]);
  return [...new Set([...departmentChoices(facilityDepartments), ...used])].filter((d) => used.has(d));
}

export function quantityNote(quantity: KitQuantity): string {
  return quantity.kind === 'one' ? '各様式 1部' : `備蓄計画の使用数で ${quantity.days} 日分`;
}
