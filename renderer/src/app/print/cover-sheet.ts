import type { TFunction } from 'i18next';
import type { BcpDatabase } from '../../db/database';
import { hasDemoData } from '../../db/demo';
import type { Facility } from '../../domain/facility';
import { pdfFileName } from '../../domain/print-file-name';
import { featureModules } from '../../features/modules';
import { buildCoverSheet } from '../../pdf/documents/cover-sheet';
import type { Printable } from '../../workbook/print/PrintCard';
import { APP_VERSION } from '../../workbook/app-version';

/** The binder's documents, area by area in module order. */
const binderSections = featureModules.flatMap((m) => m.binderSections ?? []);

/**
 * The cover sheet of the workbook as it is when the button is pressed: counts read then, print date then.
 * `ja` is the Japanese translator: printed documents go into the hospital's binder whatever the screen language is.
 */
export async function prepareCoverSheet(db: BcpDatabase, facility: Facility, ja: TFunction): Promise<Printable> {
  const counts = await Promise.all(binderSections.map((section) => db[section.table].count()));
  // The counts include sample records when a real hospital loaded the sample, so the sheet is marked then too.
  const demo = facility.demo === true || (await hasDemoData(db));
  const printedAt = new Date();
  const doc = buildCoverSheet({
    facility,
    sections: binderSections.map((section, i) => ({ title: ja(section.titleKey), count: counts[i] ?? 0 })),
    version: APP_VERSION,
    printedAt,
    demo,
  });
  return { doc, fileName: pdfFileName(ja('print.coverSheetTitle'), facility.name, printedAt) };
}
