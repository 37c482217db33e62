import { useCallback, useMemo } from 'react';
import type { BcpDatabase } from '../../db/database';
import { pdfFileName } from '../../domain/print-file-name';
import { toLocalDateString } from '../../base/local-date';
import { restoreOrder } from '../../domain/systems/restore-order';
import { prerequisitesBySystem, totalExpectedMinutes } from '../../domain/systems/runbook';
import { compareByPriority, withSystemDefaults } from '../../domain/systems/system';
import { buildBackupRegister, BACKUP_REGISTER_TITLE } from '../../pdf/documents/systems/backup-register';
import type { PrintableSystem, SystemsPrintHeader, VendorInfo } from '../../pdf/documents/systems/common';
import { buildSystemsInventory, INVENTORY_TITLE } from '../../pdf/documents/systems/inventory';
import { buildRestoreOrder, RESTORE_ORDER_TITLE } from '../../pdf/documents/systems/restore-order';
import { buildRunRecord, runRecordTitle } from '../../pdf/documents/systems/run-record';
import { buildRunbookSheet, runbookSheetTitle } from '../../pdf/documents/systems/runbook-sheet';
import type { PdfDocument } from '../../pdf/frame';
import type { Runbook } from '../../domain/systems/runbook';
import type { Printable } from '../../workbook/print/PrintCard';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { APP_VERSION } from '../../workbook/app-version';
import { usePlanVersionInForce } from '../../workbook/usePlanVersionInForce';

export async function readSystems(db: BcpDatabase): Promise<PrintableSystem[]> {
  const segmentNames = new Map((await db.segments.toArray()).map((s) => [s.id, s.name]));
  return (await db.systems.toArray())
    .map((s) => ({ ...withSystemDefaults(s), segmentName: segmentNames.get(s.segmentId) ?? '' }))
    .sort(compareByPriority);
}

export async function readVendors(db: BcpDatabase): Promise<Map<string, VendorInfo>> {
  return new Map((await db.contacts.toArray()).map((c) => [c.id, c]));
}

/** 復旧順序: every system in the order to restore it, with its runbooks' expected minutes. */
export async function restoreOrderDocument(db: BcpDatabase, header: SystemsPrintHeader): Promise<PdfDocument> {
  const runbooks = await db.runbooks.toArray();
  const books = new Map<string, { title: string; expectedMinutes: number }[]>();
  for (const r of runbooks) books.set(r.systemId, [...(books.get(r.systemId) ?? []), { title: r.title, expectedMinutes: totalExpectedMinutes(r.steps) }]);
  const order = restoreOrder(await readSystems(db), prerequisitesBySystem(runbooks));
  return buildRestoreOrder({ header, order, runbooks: books });
}

/** One runbook's sheet; `systems` by id (readSystems), read once when a binder prints every runbook. */
export async function runbookSheetDocument(db: BcpDatabase, header: SystemsPrintHeader, runbook: Runbook, systems: ReadonlyMap<string, PrintableSystem>): Promise<PdfDocument> {
  const system = systems.get(runbook.systemId);
  return buildRunbookSheet({
    header,
    runbook,
    system,
    prerequisites: runbook.prerequisiteSystemIds.flatMap((id) => systems.get(id) ?? []).sort(compareByPriority),
    vendor: system?.vendorContactId ? await db.contacts.get(system.vendorContactId) : undefined,
  });
}

/**
 * The systems area's documents, built from the database at the moment the button is pressed (so the paper is
 * current). Used by the 印刷 screen's cards and by the print buttons on the area's own screens.
 */
export function useSystemsPrints() {
  const { db, facility, settings } = useWorkbook();
  const planVersion = usePlanVersionInForce();
  const header = useCallback((): SystemsPrintHeader | undefined => {
    if (!facility) return undefined;
    return {
      facilityName: facility.name,
      confidentialityLabel: facility.confidentialityLabel,
      version: APP_VERSION,
      printedAt: new Date(),
      demo: facility.demo === true,
    };
  }, [facility]);
  const file = useCallback((title: string, h: SystemsPrintHeader) => pdfFileName(title, h.facilityName, h.printedAt), []);

  return useMemo(
    () => ({
      async inventory(): Promise<Printable | undefined> {
        const h = header();
        if (!h) return undefined;
        const doc = buildSystemsInventory({ header: h, systems: await readSystems(db), vendors: await readVendors(db), today: toLocalDateString(h.printedAt) });
        return { doc, fileName: file(INVENTORY_TITLE, h) };
      },
      async backupRegister(): Promise<Printable | undefined> {
        const h = header();
        if (!h) return undefined;
        const doc = buildBackupRegister({
          header: h,
          systems: await readSystems(db),
          backups: await db.backups.toArray(),
          today: toLocalDateString(h.printedAt),
          testRestoreDays: settings.testRestoreDays,
        });
        return { doc, fileName: file(BACKUP_REGISTER_TITLE, h) };
      },
      async restoreOrder(): Promise<Printable | undefined> {
        const h = header();
        if (!h) return undefined;
        return { doc: await restoreOrderDocument(db, h), fileName: file(RESTORE_ORDER_TITLE, h) };
      },
      async runbookSheet(runbookId: string): Promise<Printable | undefined> {
        const h = header();
        const runbook = await db.runbooks.get(runbookId);
        if (!h || !runbook) return undefined;
        const doc = await runbookSheetDocument(db, { ...h, planVersion }, runbook, new Map((await readSystems(db)).map((s) => [s.id, s])));
        return { doc, fileName: file(runbookSheetTitle(runbook.title), h) };
      },
      async runRecord(runId: string): Promise<Printable | undefined> {
        const h = header();
        const run = await db.runbookRuns.get(runId);
        if (!h || !run) return undefined;
        return { doc: buildRunRecord({ header: h, run, now: h.printedAt }), fileName: file(runRecordTitle(run), h) };
      },
    }),
    [db, header, file, settings.testRestoreDays, planVersion],
  );
}
