import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { compareProcedures, departmentChoices, type Procedure } from '../../domain/paper/procedure';
import type { FormTemplate } from '../../domain/paper/form-template';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { readEmergencyLevels } from '../../db/emergency-levels';
import type { EmergencyLevelChoice } from '../../domain/plan/emergency-level';

export interface PaperData {
  procedures: Procedure[];
  forms: FormTemplate[];
  /** The standard departments followed by the facility's own. */
  departments: string[];
  wards: string[];
  /** The facility's emergency levels (the plan's list), lowest first. */
  levels: readonly EmergencyLevelChoice[];
}

/** Live procedures and forms of the workbook, sorted the way a binder lists them; undefined while loading. */
export function usePaperData(): PaperData | undefined {
  const { db, facility } = useWorkbook();
  const procedures = useLiveQuery(() => db.procedures.toArray(), [db]);
  const forms = useLiveQuery(() => db.formTemplates.toArray(), [db]);
  const levels = useLiveQuery(() => readEmergencyLevels(db), [db]);
  return useMemo(() => {
    if (!procedures || !forms || !levels) return undefined;
    const departments = departmentChoices(facility?.departments);
    return {
      procedures: [...procedures].sort(compareProcedures(departments)),
      forms: [...forms].sort((a, b) => a.title.localeCompare(b.title, 'ja')),
      departments,
      wards: facility?.wards ?? [],
      levels,
    };
  }, [procedures, forms, levels, facility]);
}
