import { describe, expect, it } from 'vitest';
import { backupRoundTrip, csvImport, kitPdf } from './node-figures';
import { summarize } from './stats';
import { createSyntheticWorkbook, SIZES } from './synthetic-workbook';

// A small run of what `npm run bench` measures: the figures must keep working, their timings are not asserted here.
describe('benchmark', () => {
  it('builds the large synthetic workbook at the sizes the issue names', async () => {
    const db = await createSyntheticWorkbook({ name: 'bench-test-sizes' });
    expect(await db.contacts.count()).toBe(SIZES.contacts);
    expect(await db.systems.count()).toBe(SIZES.systems);
    expect(await db.procedures.count()).toBe(SIZES.procedures);
    expect(await db.formTemplates.count()).toBe(SIZES.formTemplates);
    db.close();
  });

  it('renders the ~100-page kit against raw pdfmake, imports CP932 CSV and round-trips a backup', async () => {
    const kit = await kitPdf(1);
    expect(kit.pages).toBeGreaterThanOrEqual(100);
    expect(kit.overhead).toBeGreaterThan(0);

    const db = await createSyntheticWorkbook({ name: 'bench-test-figures' });
    const contacts = (await db.contacts.toArray()).slice(0, 300);
    const imported = await csvImport(contacts, 1);
    expect(imported.rows).toBe(300);
    const backup = await backupRoundTrip(db, 1);
    expect(backup.fileBytes).toBeGreaterThan(0);
    expect(await db.contacts.count()).toBe(SIZES.contacts);
    db.close();
    // Two ~100-page PDFs and a 10,000-contact workbook: about 15 s alone, several times that on a loaded 2-core CI
    // machine. The limit only stops a hang; speed is measured by `npm run bench`, never asserted here.
  }, 180_000);

  it('summarises samples as median and p95', () => {
    expect(summarize([5, 1, 3, 2, 4])).toEqual({ runs: 5, median: 3, p95: 4.8, min: 1, max: 5 });
  });
});
