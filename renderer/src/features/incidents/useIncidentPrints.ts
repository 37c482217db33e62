import { useCallback, useMemo } from 'react';
import type { BcpDatabase } from '../../db/database';
import { readEmergencyLevels } from '../../db/emergency-levels';
import { timelineOf } from '../../db/incidents-store';
import { incidentReportLines, type Incident } from '../../domain/incidents/incident';
import { pdfFileName } from '../../domain/print-file-name';
import { restoreOrder } from '../../domain/systems/restore-order';
import { prerequisitesBySystem } from '../../domain/systems/runbook';
import { compareByPriority, formatLocation, withSystemDefaults } from '../../domain/systems/system';
import { BLANK_BOARD_TITLE, BLANK_RESPONSE_TITLE, BLANK_TIMELINE_TITLE, buildBlankResponseChecklist, buildBlankStatusBoard, buildBlankTimelineSheet } from '../../pdf/documents/incidents/blank-sheets';
import type { IncidentPrintHeader, PrintableBoardSystem, PrintableIncident } from '../../pdf/documents/incidents/common';
import { buildIncidentRecord, INCIDENT_RECORD_TITLE } from '../../pdf/documents/incidents/incident-record';
import { buildReportSheet, reportSheetTitle } from '../../pdf/documents/incidents/report-sheet';
import { buildSituationReport, SITUATION_REPORT_TITLE } from '../../pdf/documents/incidents/situation-report';
import { APP_VERSION } from '../../workbook/app-version';
import type { Printable } from '../../workbook/print/PrintCard';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { useReportRules, useResponseTemplate } from './useIncidents';

/** Every system of the inventory in restore order, numbered, as the board and its sheets print it. */
export async function boardSystems(db: BcpDatabase): Promise<PrintableBoardSystem[]> {
  const [systems, runbooks] = await Promise.all([db.systems.toArray(), db.runbooks.toArray()]);
  const sorted = systems.map(withSystemDefaults).sort(compareByPriority);
  const order = restoreOrder(sorted, prerequisitesBySystem(runbooks));
  const placed = [...order.order.map((o) => o.system), ...order.cycles.flatMap((c) => c.systems), ...order.blocked.map((b) => b.system)];
  const seen = new Set(placed.map((s) => s.id));
  return [...placed, ...sorted.filter((s) => !seen.has(s.id))].map((s, i) => ({ id: s.id, position: i + 1, name: s.name, restorePriority: s.restorePriority, location: formatLocation(s.location) }));
}

async function printable(db: BcpDatabase, incident: Incident): Promise<PrintableIncident> {
  const levels = await readEmergencyLevels(db);
  return { ...incident, levelName: levels.find((l) => l.id === incident.level)?.name ?? incident.level };
}

/** Incident mode's documents, built from the database when the button is pressed (so the paper is current). */
export function useIncidentPrints() {
  const { db, facility } = useWorkbook();
  const template = useResponseTemplate();
  const { rules } = useReportRules();
  const header = useCallback((): IncidentPrintHeader | undefined => {
    if (!facility) return undefined;
    return { facilityName: facility.name, confidentialityLabel: facility.confidentialityLabel, version: APP_VERSION, printedAt: new Date(), demo: facility.demo === true };
  }, [facility]);
  const file = useCallback((title: string, h: IncidentPrintHeader) => pdfFileName(title, h.facilityName, h.printedAt), []);
  const lines = useCallback((incident: Incident, now: Date) => {
    return incidentReportLines(rules, incident, now);
  }, [rules]);

  return useMemo(
    () => ({
      async record(incidentId: string): Promise<Printable | undefined> {
        const h = header();
        const incident = await db.incidents.get(incidentId);
        if (!h || !incident) return undefined;
        const doc = buildIncidentRecord({ header: h, incident: await printable(db, incident), systems: await boardSystems(db), reports: lines(incident, h.printedAt), timeline: await timelineOf(db, incidentId) });
        return { doc, fileName: file(INCIDENT_RECORD_TITLE, h) };
      },
      async situationReport(incidentId: string, at: string): Promise<Printable | undefined> {
        const h = header();
        const incident = await db.incidents.get(incidentId);
        if (!h || !incident) return undefined;
        const doc = buildSituationReport({ header: h, incident: await printable(db, incident), at, systems: await boardSystems(db), reports: lines(incident, h.printedAt), timeline: await timelineOf(db, incidentId) });
        return { doc, fileName: file(SITUATION_REPORT_TITLE, h) };
      },
      async reportSheet(incidentId: string | null, ruleKey: string): Promise<Printable | undefined> {
        const h = header();
        const rule = rules.find((r) => r.key === ruleKey);
        const incident = incidentId ? await db.incidents.get(incidentId) : undefined;
        if (!h || !rule || (incidentId && !incident)) return undefined;
        const doc = buildReportSheet({ header: h, rule, ...(incident ? { incident: await printable(db, incident), systems: await boardSystems(db) } : {}) });
        return { doc, fileName: file(reportSheetTitle(rule, !incident), h) };
      },
      async blankChecklist(): Promise<Printable | undefined> {
        const h = header();
        return h && { doc: buildBlankResponseChecklist(h, template), fileName: file(BLANK_RESPONSE_TITLE, h) };
      },
      async blankTimeline(): Promise<Printable | undefined> {
        const h = header();
        return h && { doc: buildBlankTimelineSheet(h), fileName: file(BLANK_TIMELINE_TITLE, h) };
      },
      async blankBoard(): Promise<Printable | undefined> {
        const h = header();
        return h && { doc: buildBlankStatusBoard(h, await boardSystems(db)), fileName: file(BLANK_BOARD_TITLE, h) };
      },
    }),
    [db, header, file, lines, template, rules],
  );
}
