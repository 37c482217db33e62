import { useMemo } from 'react';
import { ACTION_STATUS_JA } from '../../domain/actions/follow-up-action';
import { RUN_OUTCOME_JA } from '../../domain/systems/runbook-run';
import { pdfFileName } from '../../domain/print-file-name';
import type { BcpDatabase } from '../../db/database';
import { buildDrillReport, drillReportTitle, type DrillPrintHeader } from '../../pdf/documents/drills/drill-report';
import type { Drill } from '../../domain/drills/drill';
import type { PdfDocument } from '../../pdf/frame';
import { APP_VERSION } from '../../workbook/app-version';
import type { Printable } from '../../workbook/print/PrintCard';
import { useWorkbook } from '../../workbook/WorkbookContext';

async function timelineOf(db: BcpDatabase, incidentId: string) {
  if (!incidentId) return [];
  return (await db.incidentEvents.where('incidentId').equals(incidentId).toArray()).sort((a, b) => a.at.localeCompare(b.at) || a.createdAt.localeCompare(b.createdAt));
}

/** 訓練報告書 of one drill: its timeline (the drill's run is an incident), runbook runs, call tree and findings. */
export async function drillReportDocument(db: BcpDatabase, header: DrillPrintHeader, drill: Drill): Promise<PdfDocument> {
  const contacts = new Map((await db.contacts.toArray()).map((c) => [c.id, c]));
  const runs = (await db.runbookRuns.bulkGet(drill.runbookRunIds)).flatMap((r) => (r ? [r] : []));
  const tree = drill.callTree.callTreeId ? await db.callTrees.get(drill.callTree.callTreeId) : undefined;
  const actions = (await db.actions.bulkGet(drill.findings.map((f) => f.actionId))).flatMap((a) => (a ? [a] : []));
  return buildDrillReport({
    header,
    drill,
    participants: drill.participantContactIds.flatMap((id) => contacts.get(id)?.name ?? []),
    timeline: await timelineOf(db, drill.incidentId),
    runbookRuns: runs.map((r) => ({ title: r.title, startedAt: r.startedAt, outcome: RUN_OUTCOME_JA[r.outcome], done: r.steps.filter((s) => s.checkedAt).length, total: r.steps.length })),
    ...(tree
      ? { callTree: { name: tree.name, levels: tree.levels.map((l, i) => ({ name: contacts.get(l.contactId)?.name ?? '—', minutes: drill.callTree.levels[i]?.minutes ?? null })) } }
      : {}),
    actions: new Map(actions.map((a) => [a.id, { title: a.title, owner: contacts.get(a.ownerContactId)?.name ?? '', dueDate: a.dueDate, status: ACTION_STATUS_JA[a.status] }])),
  });
}

/** 訓練報告書, read from the database when the button is pressed. */
export function useDrillPrints() {
  const { db, facility } = useWorkbook();
  return useMemo(
    () => ({
      async report(drillId: string): Promise<Printable | undefined> {
        const drill = await db.drills.get(drillId);
        if (!facility || !drill) return undefined;
        const printedAt = new Date();
        const header = { facilityName: facility.name, confidentialityLabel: facility.confidentialityLabel, version: APP_VERSION, printedAt, demo: facility.demo === true };
        const doc = await drillReportDocument(db, header, drill);
        return { doc, fileName: pdfFileName(drillReportTitle(drill), facility.name, printedAt) };
      },
    }),
    [db, facility],
  );
}
