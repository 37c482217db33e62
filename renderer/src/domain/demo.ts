import { z } from 'zod';
import { contactSchema } from './contact';
import { facilitySchema } from './facility';
import { systemSchema } from './system';

const withId = { id: z.string().regex(/^demo-[a-z0-9-]+$/) };

/** The demo workbook file (resources/templates/demo-workbook.json): validated before anything is written. */
export const demoWorkbookSchema = z.object({
  facility: facilitySchema,
  contacts: z.array(contactSchema.extend(withId)).max(1000),
  systems: z.array(systemSchema.extend(withId)).max(1000),
});

export type DemoWorkbook = z.output<typeof demoWorkbookSchema>;
