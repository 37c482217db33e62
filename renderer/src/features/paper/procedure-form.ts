import type { z } from 'zod';
import type { procedureSchema, Procedure } from '../../domain/paper/procedure';

export type ProcedureFormValues = z.input<typeof procedureSchema>;

export function emptyProcedure(department: string): ProcedureFormValues {
  return {
    department,
    title: '',
    level: 'core',
    trigger: '',
    steps: [{ role: '', text: '' }],
    supplies: '',
    formIds: [],
    backEntrySteps: [],
    paperOriginal: '',
    returnSteps: [],
  };
}

export function procedureToForm(p: Procedure): ProcedureFormValues {
  const { department, title, level, trigger, steps, supplies, formIds, backEntrySteps, paperOriginal, returnSteps } = p;
  return { department, title, level, trigger, steps, supplies, formIds, backEntrySteps, paperOriginal, returnSteps };
}
