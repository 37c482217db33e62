import { describe, expect, it } from 'vitest';
import type { FormTemplate } from './form-template';
import type { Procedure } from './procedure';
import { kitDepartments, planDepartmentKit } from './downtime-kit';

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

  it('lists the departments with their own procedures or forms in the hospital order', () => {
    expect(kitDepartments(all.procedures, all.forms, ['検査', '独自部署'])).toEqual(['外来受付', '薬剤', '検査']);
  });
});
