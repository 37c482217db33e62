import type { z } from 'zod';
import type { SettingDeclaration } from '../setting-declaration';
import { reportRuleListSchema } from './reports';
import { responseTemplateSchema } from './response-steps';

/** Settings of incident mode. */
export const incidentSettings = {
  /** The facility's own 初動対応 template; null = the one shipped in resources/incidents/initial-response.json. */
  incidentResponseTemplate: { schema: responseTemplateSchema.nullable(), default: null } satisfies SettingDeclaration<z.ZodType>,
  /** The facility's own report rules (報告先・期限・要否・出典); null = those shipped in resources/incidents/report-rules.json. */
  incidentReportRules: { schema: reportRuleListSchema.nullable(), default: null } satisfies SettingDeclaration<z.ZodType>,
};
