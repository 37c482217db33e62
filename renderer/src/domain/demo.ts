import { z } from 'zod';
import { backupSchema } from './backup';
import { callTreeSchema } from './call-tree';
import { contactSchema } from './contact';
import { facilitySchema } from './facility';
import { formTemplateSchema } from './form-template';
import { procedureSchema } from './procedure';
import { runbookSchema } from './runbook';
import { systemSchema } from './system';

const withId = z.object({ id: z.string().regex(/^demo-[a-z0-9-]+$/) });
const records = <T extends z.ZodType>(schema: T) => z.array(schema.and(withId)).max(1000).default([]);

/**
 * The demo workbook file (resources/templates/demo-workbook.json): every table's records are validated with that
 * aggregate's own schema before anything is written. Keys are the database table names.
 */
export const demoWorkbookSchema = z.object({
  facility: facilitySchema,
  contacts: records(contactSchema),
  systems: records(systemSchema),
  callTrees: records(callTreeSchema),
  procedures: records(procedureSchema),
  formTemplates: records(formTemplateSchema),
  backups: records(backupSchema),
  runbooks: records(runbookSchema),
});

export type DemoWorkbook = z.output<typeof demoWorkbookSchema>;
export type DemoTable = Exclude<keyof DemoWorkbook, 'facility'>;
export const DEMO_TABLES = Object.keys(demoWorkbookSchema.shape).filter((k): k is DemoTable => k !== 'facility');
