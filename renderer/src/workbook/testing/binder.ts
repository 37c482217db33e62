import { readFileSync } from 'node:fs';
import { loadDemoWorkbook } from '../../db/demo';
import type { BcpDatabase } from '../../db/database';
import { defaultSettings } from '../../db/settings';
import { freshDatabase } from '../../db/testing';
import { demoWorkbookSchema } from '../../domain/demo';
import type { BinderLoadContext } from '../feature-module';

/** Tests of the areas' binder loaders: the sample workbook in a fresh database, and the context the binder hands them. */

export const sampleWorkbook = demoWorkbookSchema.parse(JSON.parse(readFileSync(new URL('../../../../resources/templates/demo-workbook.json', import.meta.url), 'utf8')));

export async function sampleWorkbookDatabase(): Promise<BcpDatabase> {
  const db = await freshDatabase();
  await loadDemoWorkbook(db, sampleWorkbook, { actor: 't' });
  return db;
}

/** Keys stand for their words, so a test reads which key a heading used. */
export const binderLoadContext = (department?: string): BinderLoadContext => ({
  header: { facilityName: 'さくら市立総合病院', version: 'test', printedAt: new Date(2026, 10, 21), demo: true },
  settings: defaultSettings,
  ja: ((key: string) => key) as unknown as BinderLoadContext['ja'],
  ...(department ? { department } : {}),
});
