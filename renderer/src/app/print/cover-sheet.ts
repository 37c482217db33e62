import type { TFunction } from 'i18next';
import type { BcpDatabase } from '../../db/database';
import { hasDemoData } from '../../db/demo';
import type { Facility } from '../../domain/facility';
import { pdfFileName } from '../../domain/print-file-name';
import { buildCoverSheet } from '../../pdf/documents/cover-sheet';
import type { Printable } from '../../workbook/print/PrintCard';

const SECTION_TABLES = ['contacts', 'callTrees', 'procedures', 'formTemplates', 'systems', 'runbooks'] as const;

/**
 * The cover sheet of the workbook as it is when the button is pressed: counts read then, print date then.
 * `ja` is the Japanese translator: printed documents go into the hospital's binder whatever the screen language is.
 */
export async function prepareCoverSheet(db: BcpDatabase, facility: Facility, ja: TFunction): Promise<Printable> {
  const counts = await Promise.all(SECTION_TABLES.map((table) => db[table].count()));
  // The counts include sample records when a real hospital loaded the sample, so the sheet is marked then too.
  const demo = facility.demo === true || (await hasDemoData(db));
  const printedAt = new Date();
  const doc = buildCoverSheet({
    facility,
    sections: SECTION_TABLES.map((table, i) => ({ title: ja(`print.sections.${table}`), count: counts[i] ?? 0 })),
    version: import.meta.env.VITE_APP_VERSION ?? '',
    printedAt,
    demo,
  });
  return { doc, fileName: pdfFileName(ja('print.coverSheetTitle'), facility.name, printedAt) };
}
