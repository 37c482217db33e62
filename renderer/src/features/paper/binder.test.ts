import { describe, expect, it } from 'vitest';
import { binderLoadContext as context, sampleWorkbook as demo, sampleWorkbookDatabase } from '../../workbook/testing/binder';
import { paperBinderSections } from './binder';

describe('paper binder sections', () => {
  it('print every procedure and one master of every form, or only a department’s kit', async () => {
    const db = await sampleWorkbookDatabase();
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
