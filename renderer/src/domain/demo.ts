import { z } from 'zod';
import { accountEventSchema } from './accounts/account-event';
import { emergencyAccountSchema } from './accounts/emergency-account';
import { followUpActionSchema } from './actions/follow-up-action';
import { drillSchema } from './drills/drill';
import { systemBackupSchema } from './systems/backup-register';
import { callTreeSchema } from './contacts/call-tree';
import { contactSchema } from './contacts/contact';
import { printedCopySchema } from './distribution/printed-copy';
import { facilitySchema } from './facility';
import { formTemplateSchema } from './paper/form-template';
import { incidentSchema } from './incidents/incident';
import { timelineEntrySchema } from './incidents/timeline';
import { procedureSchema } from './paper/procedure';
import { runbookSchema } from './systems/runbook';
import { systemSchema } from './systems/system';
import { validLinkSchema } from './network/link';
import { segmentSchema } from './network/segment';
import { checklistAnswerSchema } from './checklist/answer';
import { storedSetSchema } from './checklist/item-set';
import { vendorSheetSchema } from './checklist/vendor-sheet';
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
  segments: records(segmentSchema),
  links: records(validLinkSchema),
  incidents: records(incidentSchema),
  incidentEvents: records(timelineEntrySchema),
  emergencyAccounts: records(emergencyAccountSchema),
  accountEvents: records(accountEventSchema),
  drills: records(drillSchema),
  actions: records(followUpActionSchema),
  // actions: the follow-up actions of the checklist's いいえ answers (the actions area adds its own under this key too)
  checklistSets: records(storedSetSchema),
  checklistAnswers: records(checklistAnswerSchema),
  vendorSheets: records(vendorSheetSchema),
  printedCopies: records(printedCopySchema),
  planVersions: records(planVersionSchema),
});

export type DemoWorkbook = z.output<typeof demoWorkbookSchema>;
export type DemoTable = Exclude<keyof DemoWorkbook, 'facility'>;
export const DEMO_TABLES = Object.keys(demoWorkbookSchema.shape).filter((k): k is DemoTable => k !== 'facility');
