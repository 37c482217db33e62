import { useCallback, useMemo } from 'react';
import type { BcpDatabase } from '../../db/database';
import { isolationPlan } from '../../domain/network/isolation';
import { formatPrintDate } from '../../domain/wareki';
import { pdfFileName } from '../../domain/print-file-name';
import { buildNetworkDiagram, DIAGRAM_TITLE } from '../../pdf/documents/network/diagram';
import { buildIsolationSheet, ISOLATION_SHEET_TITLE } from '../../pdf/documents/network/isolation-sheet';
import type { PaperSize } from '../../pdf/frame';
import { APP_VERSION } from '../../workbook/app-version';
import type { Printable } from '../../workbook/print/PrintCard';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { diagramInput, layoutDiagram } from './diagram-layout';
import { contactName } from './useNetworkData';

async function readNetwork(db: BcpDatabase) {
  const [segments, links, systems, contacts] = await Promise.all([db.segments.toArray(), db.links.toArray(), db.systems.toArray(), db.contacts.toArray()]);
  return { segments, links, systems, contacts };
}

/** The newest change to what the diagram shows, as the date printed on it. */
function lastUpdated(records: readonly { updatedAt: string }[]): string {
  const newest = records.reduce((max, r) => (r.updatedAt > max ? r.updatedAt : max), '');
  return newest ? formatPrintDate(new Date(newest)) : '—';
}

/** The network area's documents, built from the database when the button is pressed. */
export function useNetworkPrints() {
  const { db, facility } = useWorkbook();
  const header = useCallback(() => {
    if (!facility) return undefined;
    return { facilityName: facility.name, confidentialityLabel: facility.confidentialityLabel, version: APP_VERSION, printedAt: new Date(), demo: facility.demo === true };
  }, [facility]);

  return useMemo(
    () => ({
      async diagram(paper: PaperSize = 'A4'): Promise<Printable | undefined> {
        const h = header();
        if (!h) return undefined;
        const network = await readNetwork(db);
        const { layout } = await layoutDiagram(diagramInput(network));
        const doc = buildNetworkDiagram({
          header: h,
          layout,
          paper,
          lastUpdated: lastUpdated([...network.segments, ...network.links, ...network.systems]),
          counts: { segments: network.segments.length, systems: network.systems.length, links: network.links.length },
        });
        return { doc, fileName: pdfFileName(DIAGRAM_TITLE, h.facilityName, h.printedAt) };
      },
      async isolationSheet(): Promise<Printable | undefined> {
        const h = header();
        if (!h) return undefined;
        const network = await readNetwork(db);
        const doc = buildIsolationSheet({
          header: h,
          plan: isolationPlan(network.links, network.segments),
          segmentNames: new Map(network.segments.map((s) => [s.id, s.name])),
          deviceNames: new Map(network.systems.map((s) => [s.id, s.name])),
          vendorNames: new Map(network.contacts.map((c) => [c.id, contactName(c)])),
        });
        return { doc, fileName: pdfFileName(ISOLATION_SHEET_TITLE, h.facilityName, h.printedAt) };
      },
    }),
    [db, header],
  );
}
