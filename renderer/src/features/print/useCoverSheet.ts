import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { pdfFileName } from '../../domain/print-file-name';
import { buildCoverSheet } from '../../pdf/documents/cover-sheet';
import type { PdfDocument } from '../../pdf/frame';
import { useWorkbook } from '../workbook/WorkbookContext';

const SECTION_TABLES = ['contacts', 'callTrees', 'procedures', 'formTemplates', 'systems', 'runbooks'] as const;

/** The cover sheet of the current workbook, ready to print; undefined until the counts are read. */
export function useCoverSheet(): { doc: PdfDocument; fileName: string } | undefined {
  const { i18n } = useTranslation();
  const { db, facility } = useWorkbook();
  const counts = useLiveQuery(() => Promise.all(SECTION_TABLES.map((table) => db[table].count())), [db]);
  if (!facility || !counts) return undefined;
  // Printed documents are Japanese: they go into the hospital's binder whatever the screen language is.
  const ja = i18n.getFixedT('ja');
  const printedAt = new Date();
  const doc = buildCoverSheet({
    facility,
    sections: SECTION_TABLES.map((table, i) => ({ title: ja(`print.sections.${table}`), count: counts[i] ?? 0 })),
    version: import.meta.env.VITE_APP_VERSION ?? '',
    printedAt,
    demo: facility.demo === true,
  });
  return { doc, fileName: pdfFileName(ja('print.coverSheetTitle'), facility.name, printedAt) };
}
