import type { BcpDatabase } from '../../db/database';
import { readEmergencyLevels } from '../../db/emergency-levels';
import { FACILITY_ID } from '../../domain/facility';
import { planDepartmentKit } from '../../domain/paper/downtime-kit';
import { compareProcedures, departmentChoices } from '../../domain/paper/procedure';
import { emergencyLevelNames } from '../../domain/plan/emergency-level';
import { buildBlankFormDocument } from '../../pdf/documents/paper/form';
import { buildProcedureDocument } from '../../pdf/documents/paper/procedure';
import type { BinderSection } from '../../workbook/feature-module';

const chapter = { chapter: 'paper-operation', chapterTitleKey: 'print.binderChapters.paperOperation' } as const;

/**
 * The procedures and forms a binder holds: all of them, or a department's downtime kit (its procedures, and the forms
 * it uses: its own, the shared ones and those its procedures name), each form as one master sheet to copy from.
 */
async function readPaper(db: BcpDatabase, department: string | undefined) {
  const [procedures, forms, facility, levels] = await Promise.all([db.procedures.toArray(), db.formTemplates.toArray(), db.facility.get(FACILITY_ID), readEmergencyLevels(db)]);
  const departmentOrder = departmentChoices(facility?.departments);
  const formTitles = new Map(forms.map((f) => [f.id, f.title]));
  const levelNames = emergencyLevelNames(levels);
  if (department !== undefined) {
    const kit = planDepartmentKit(department, { procedures, forms, wards: facility?.wards ?? [], departmentOrder }, { kind: 'one' });
    return { procedures: kit.procedures, forms: kit.forms.map((run) => run.form), formTitles, levelNames };
  }
  return {
    procedures: [...procedures].sort(compareProcedures(departmentOrder)),
    forms: [...forms].sort((a, b) => a.title.localeCompare(b.title, 'ja')),
    formTitles,
    levelNames,
  };
}

export const paperBinderSections: readonly BinderSection[] = [
  {
    ...chapter,
    titleKey: 'print.sections.procedures',
    table: 'procedures',
    department: 'filter',
    async load(db, { header, department }) {
      const paper = await readPaper(db, department);
      return paper.procedures.map((p) => buildProcedureDocument(header, p, paper.formTitles, paper.levelNames));
    },
  },
  {
    ...chapter,
    titleKey: 'print.sections.formTemplates',
    table: 'formTemplates',
    department: 'filter',
    async load(db, { header, department }) {
      // A binder is read, not handed out sheet by sheet: no temporary IDs are reserved, the number column stays blank.
      return (await readPaper(db, department)).forms.map((form) => buildBlankFormDocument({ context: header, run: { form: { ...form, numbering: undefined }, sheets: 1 } }));
    },
  },
];
