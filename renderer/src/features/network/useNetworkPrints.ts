import { useCallback, useMemo } from 'react';
import type { BcpDatabase } from '../../db/database';
import { isolationPlan } from '../../domain/network/isolation';
import { formatPrintDate } from '../../domain/wareki';
import { pdfFileName } from '../../domain/print-file-name';
import { buildNetworkDiagram, DIAGRAM_TITLE } from '../../pdf/documents/network/diagram';
import { buildIsolationSheet, ISOLATION_SHEET_TITLE } from '../../pdf/documents/network/isolation-sheet';
import type { PaperSize, PdfDocument } from '../../pdf/frame';
import type { PrintContext } from '../../domain/print-context';
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

type NetworkPrintHeader = Omit<PrintContext, 'documentTitle'>;

/** ネットワーク構成図, laid out off the UI thread (layout.worker.ts) from the records as they are now. */
export async function networkDiagramDocument(db: BcpDatabase, header: NetworkPrintHeader, paper: PaperSize, headroom = 0): Promise<PdfDocument> {
  const network = await readNetwork(db);
  const { layout } = await layoutDiagram(diagramInput(network));
  return buildNetworkDiagram({
    header,
    layout,
    paper,
    lastUpdated: lastUpdated([...network.segments, ...network.links, ...network.systems]),
    counts: { segments: network.segments.length, systems: network.systems.length, links: network.links.length },
    headroom,
  });
}

/** 遮断計画: which link to cut, in the ひな形's order, and who to call for each. */
export async function isolationSheetDocument(db: BcpDatabase, header: NetworkPrintHeader): Promise<PdfDocument> {
  const network = await readNetwork(db);
  return buildIsolationSheet({
    header,
    plan: isolationPlan(network.links, network.segments),
    segmentNames: new Map(network.segments.map((s) => [s.id, s.name])),
    deviceNames: new Map(network.systems.map((s) => [s.id, s.name])),
    vendorNames: new Map(network.contacts.map((c) => [c.id, contactName(c)])),
  });
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
        return { doc: await networkDiagramDocument(db, h, paper), fileName: pdfFileName(DIAGRAM_TITLE, h.facilityName, h.printedAt) };
      },
      async isolationSheet(): Promise<Printable | undefined> {
        const h = header();
        if (!h) return undefined;
        return { doc: await isolationSheetDocument(db, h), fileName: pdfFileName(ISOLATION_SHEET_TITLE, h.facilityName, h.printedAt) };
      },
    }),
    [db, header],
  );
}
