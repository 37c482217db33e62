import type { z } from 'zod';
import type { SettingDeclaration } from '../setting-declaration';
import { responseTemplateSchema } from './response-steps';

/** Settings of incident mode. */
export const incidentSettings = {
  /** The facility's own 初動対応 template; null = the one shipped in resources/incidents/initial-response.json. */
  incidentResponseTemplate: { schema: responseTemplateSchema.nullable(), default: null } satisfies SettingDeclaration<z.ZodType>,
};
