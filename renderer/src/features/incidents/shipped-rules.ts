import { z } from 'zod';
import { reportRulesFileSchema, type ReportRulesFile } from '../../domain/incidents/reports';
import { responseTemplateSchema, type StepTemplate } from '../../domain/incidents/response-steps';

/**
 * The data incident mode ships (resources/incidents/): the 初動対応 template and the report rules with their sources.
 * Bundled, not fetched, and validated like any other input.
 */
const files = import.meta.glob<unknown>('../../../../resources/incidents/*.json', { eager: true, import: 'default' });
const file = (name: string) => files[`../../../../resources/incidents/${name}.json`];

const templateFileSchema = z.object({ note: z.string(), sources: z.array(z.string()), steps: responseTemplateSchema });

let template: { note: string; sources: string[]; steps: StepTemplate[] } | null = null;
let rules: ReportRulesFile | null = null;

export function shippedResponseTemplate() {
  template ??= templateFileSchema.parse(file('initial-response'));
  return template;
}

export function shippedReportRules(): ReportRulesFile {
  rules ??= reportRulesFileSchema.parse(file('report-rules'));
  return rules;
}
