import { dataKey } from '../../i18n/typed-keys';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { readEmergencyLevels } from '../../db/emergency-levels';
import { listIncidents } from '../../db/incidents-store';
import { readPlanVersions } from '../../db/plan-store';
import { fiscalPeriod } from '../../domain/plan/fiscal-period';
import { emergencyLevelName } from '../../domain/plan/emergency-level';
import { planState } from '../../domain/plan/plan-version';
import { INCIDENT_KIND_JA } from '../../domain/incidents/incident';
import { pdfFileName } from '../../domain/print-file-name';
import { buildManagementReport, MANAGEMENT_REPORT_TITLE } from '../../pdf/documents/plan/management-report';
import { buildPlanDocument, buildRevisionHistoryDocument, PLAN_TITLE, REVISION_HISTORY_TITLE } from '../../pdf/documents/plan/plan';
import { APP_VERSION } from '../../workbook/app-version';
import type { Printable } from '../../workbook/print/PrintCard';
import { useRegistry } from '../../workbook/registry';
import { useToday } from '../../workbook/useToday';
import { useWorkbook } from '../../workbook/WorkbookContext';

/** The plan area's documents, read from the database when the button is pressed so the paper is current. */
export function usePlanPrints() {
  const { db, facility } = useWorkbook();
  const { managementReportFigures } = useRegistry();
  const { i18n } = useTranslation();
  const today = useToday();

  const context = useCallback(
    () => ({
      facilityName: facility?.name ?? '',
      version: APP_VERSION,
      printedAt: new Date(),
      confidentialityLabel: facility?.confidentialityLabel,
      demo: facility?.demo === true,
    }),
    [facility],
  );

  return useMemo(
    () => ({
      /** The version in force, or the draft when none is approved yet (or when `draft` is asked for). */
      async plan(which: 'inForce' | 'draft' = 'inForce'): Promise<Printable | undefined> {
        const history = await readPlanVersions(db);
        const { inForce, draft } = planState(history);
        const version = which === 'draft' ? (draft ?? inForce) : (inForce ?? draft);
        if (!version) return undefined;
        const ctx = context();
        const doc = buildPlanDocument({ context: { ...ctx, demo: ctx.demo || version.demo === true }, version, levels: await readEmergencyLevels(db), history });
        return { doc, fileName: pdfFileName(`${PLAN_TITLE}_第${version.version}版`, ctx.facilityName, ctx.printedAt) };
      },
      async history(): Promise<Printable | undefined> {
        const history = await readPlanVersions(db);
        if (history.length === 0) return undefined;
        const ctx = context();
        return { doc: buildRevisionHistoryDocument(ctx, history), fileName: pdfFileName(REVISION_HISTORY_TITLE, ctx.facilityName, ctx.printedAt) };
      },
      async managementReport(startYear: number): Promise<Printable> {
        const ja = i18n.getFixedT('ja');
        const period = fiscalPeriod(startYear, facility?.fiscalYearStartMonth ?? 4);
        const evidenceContext = { today, fiscalYear: { start: period.start, end: period.end } };
        const figures = (await Promise.all(managementReportFigures.map((f) => f.collect(db, evidenceContext)))).flat();
        const { inForce } = planState(await db.planVersions.toArray());
        const levels = await readEmergencyLevels(db);
        const incidents = (await listIncidents(db))
          .filter((i) => !i.exercise && i.discoveredAt.slice(0, 10) >= period.start && i.discoveredAt.slice(0, 10) <= period.end)
          .map((i) => ({ date: i.discoveredAt.slice(0, 10), name: INCIDENT_KIND_JA[i.kind], level: emergencyLevelName(levels, i.level), status: i.status === 'closed' ? '終結' : '対応中' }));
        const ctx = context();
        const approval = inForce?.approval;
        const doc = buildManagementReport({
          context: ctx,
          fiscalYearLabel: period.label,
          period,
          figures: figures.map((f) => ({ label: ja(dataKey(f.labelKey)), value: f.value, ...(f.total !== undefined ? { total: f.total } : {}), ...(f.noteKey ? { note: ja(dataKey(f.noteKey), f.values) } : {}) })),
          plan: inForce && approval ? { version: inForce.version, approvedOn: approval.approvedOn, approver: `${approval.approverName}${approval.approverRole ? `（${approval.approverRole}）` : ''}`, reference: approval.reference } : null,
          incidents,
        });
        return { doc, fileName: pdfFileName(`${MANAGEMENT_REPORT_TITLE}_${period.label}`, ctx.facilityName, ctx.printedAt) };
      },
    }),
    [db, context, i18n, facility, managementReportFigures, today],
  );
}
