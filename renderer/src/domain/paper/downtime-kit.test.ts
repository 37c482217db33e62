import { describe, expect, it } from 'vitest';
import type { FormTemplate } from './form-template';
import type { Procedure } from './procedure';
import { kitDepartments, planDepartmentKit, planHospitalKit } from './downtime-kit';
import { planStock } from './stock-plan';

const meta = { createdAt: '', updatedAt: '', updatedBy: '' };
const form = (id: string, department: string, sheetsPerDay = 0): FormTemplate =>
  ({
    ...meta,
    id,
    title: id,
    department,
    headerFields: [],
    columns: [{ label: 'A', width: 1 }],
    rowsPerPage: 10,
    signatureBoxes: [],
    notes: '',
    copies: 1,
    orientation: 'portrait',
    stock: { sheetsPerDay, scope: 'department', packSize: 0 },
  }) as FormTemplate;
const procedure = (id: string, department: string, formIds: string[] = []): Procedure => ({
  ...meta,
  id,
  department,
  title: id,
  level: 'core',
  trigger: '',
  steps: [],
  supplies: '',
  formIds,
  backEntrySteps: [],
  paperOriginal: '',
  returnSteps: [],
});

describe('downtime kit contents', () => {
  const all = {
    procedures: [procedure('受付手順', '外来受付', ['処方箋']), procedure('調剤手順', '薬剤')],
    forms: [form('受付票', '外来受付', 20), form('処方箋', '薬剤', 10), form('チェック表', ''), form('検査票', '検査')],
    wards: [],
    departmentOrder: ['外来受付', '薬剤', '検査'],
  };

  it('holds the department procedures, its own, shared and linked forms', () => {
    const kit = planDepartmentKit('外来受付', all, { kind: 'one' });
    expect(kit.procedures.map((p) => p.id)).toEqual(['受付手順']);
    expect(kit.forms.map((f) => [f.form.id, f.sheets])).toEqual([
      ['チェック表', 1],
      ['受付票', 1],
      ['処方箋', 1],
    ]);
  });

  it('prints the planned usage for the kit days', () => {
    const kit = planDepartmentKit('外来受付', all, { kind: 'days', days: 3 });
    expect(Object.fromEntries(kit.forms.map((f) => [f.form.id, f.sheets]))).toEqual({ チェック表: 1, 処方箋: 30, 受付票: 60 });
  });

  it('prints each form in the hospital kit as many times as the stock plan keeps, plus one master where it is only linked', () => {
    const withShared = { ...all, forms: [...all.forms, form('共通記録', '', 5)] };
    const kits = planHospitalKit(withShared, { kind: 'days', days: 3 });
    const sheets = (department: string) => Object.fromEntries(kits.find((k) => k.department === department)!.forms.map((f) => [f.form.id, f.sheets]));
    expect(kits.map((k) => k.department)).toEqual(['外来受付', '薬剤', '検査']);
    expect(sheets('外来受付')).toEqual({ チェック表: 1, 共通記録: 15, 受付票: 60, 処方箋: 1 });
    expect(sheets('薬剤')).toEqual({ チェック表: 1, 共通記録: 1, 処方箋: 30 });
    expect(sheets('検査')).toEqual({ チェック表: 1, 共通記録: 1, 検査票: 1 });
    const stock = planStock(withShared.forms, [], 3);
    for (const { formId, sheetsToKeep } of stock.totals) {
      const runs = kits.flatMap((k) => k.forms).filter((f) => f.form.id === formId);
      expect(runs.reduce((sum, f) => sum + f.sheets, 0) - (runs.length - 1)).toBe(sheetsToKeep);
    }
  });

  it('lists the departments with their own procedures or forms in the hospital order', () => {
    expect(kitDepartments(all.procedures, all.forms, ['検査', '独自部署'])).toEqual(['外来受付', '薬剤', '検査']);
  });
});
