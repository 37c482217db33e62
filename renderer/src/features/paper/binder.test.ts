import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDemoWorkbook } from '../../db/demo';
import { defaultSettings } from '../../db/settings';
import { freshDatabase } from '../../db/testing';
import { demoWorkbookSchema } from '../../domain/demo';
import type { BinderLoadContext } from '../../workbook/feature-module';
import { paperBinderSections } from './binder';

const demo = demoWorkbookSchema.parse(JSON.parse(readFileSync(new URL('../../../../resources/templates/demo-workbook.json', import.meta.url), 'utf8')));
const context = (department?: string): BinderLoadContext => ({
  header: { facilityName: 'さくら市立総合病院', version: 'test', printedAt: new Date(2026, 10, 21), demo: true },
  settings: defaultSettings,
  ja: ((key: string) => key) as unknown as BinderLoadContext['ja'],
  ...(department ? { department } : {}),
});

describe('paper binder sections', () => {
  it('print every procedure and one master of every form, or only a department’s kit', async () => {
    const db = await freshDatabase();
    await loadDemoWorkbook(db, demo, { actor: 't' });
    const [procedures, forms] = paperBinderSections;
    const titles = (docs: readonly { frame: { documentTitle: string } }[]) => docs.map((d) => d.frame.documentTitle);

    expect(await procedures!.load(db, context())).toHaveLength(demo.procedures.length);
    expect(await forms!.load(db, context())).toHaveLength(demo.formTemplates.length);

    const ward = titles(await procedures!.load(db, context('病棟')));
    expect(ward.length).toBeGreaterThan(0);
    expect(ward.every((t) => t.includes('病棟'))).toBe(true);
    const wardForms = await forms!.load(db, context('病棟'));
    expect(wardForms.length).toBeGreaterThan(0);
    expect(wardForms.length).toBeLessThan(demo.formTemplates.length);
  });
});
