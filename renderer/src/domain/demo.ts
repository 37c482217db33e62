import { z } from 'zod';
import { systemBackupSchema } from './systems/backup-register';
import { callTreeSchema } from './contacts/call-tree';
import { contactSchema } from './contacts/contact';
import { facilitySchema } from './facility';
import { formTemplateSchema } from './paper/form-template';
import { procedureSchema } from './paper/procedure';
import { runbookSchema } from './systems/runbook';
import { systemSchema } from './systems/system';
import { planVersionSchema } from './plan/plan-version';

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
  backups: records(systemBackupSchema),
  runbooks: records(runbookSchema),
  planVersions: records(planVersionSchema),
});

export type DemoWorkbook = z.output<typeof demoWorkbookSchema>;
export type DemoTable = Exclude<keyof DemoWorkbook, 'facility'>;
export const DEMO_TABLES = Object.keys(demoWorkbookSchema.shape).filter((k): k is DemoTable => k !== 'facility');
