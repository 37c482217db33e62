import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TemporaryIdsExhaustedError, reserveTemporaryIds } from '../../db/paper-store';
import { kitPageCount, planDepartmentKit, planHospitalKit, quantityNote, type KitPlanDepartment, type KitQuantity } from '../../domain/paper/downtime-kit';
import type { FormTemplate } from '../../domain/paper/form-template';
import { pdfFileName } from '../../domain/print-file-name';
import type { Procedure } from '../../domain/paper/procedure';
import { planStock } from '../../domain/paper/stock-plan';
import { buildBlankFormDocument, idsNeeded, type SheetRun } from '../../pdf/documents/paper/form';
import { buildDepartmentKitDocument, buildHospitalKitDocument, type KitDepartment } from '../../pdf/documents/paper/kit';
import { buildProcedureDocument } from '../../pdf/documents/paper/procedure';
import { buildStockPlanDocument } from '../../pdf/documents/paper/stock-plan';
import type { PdfDocument } from '../../pdf/frame';
import type { PrintJob } from '../../workbook/print/usePrintJob';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { pageLimitProblem, reservedRanges, voidedIdsNotice } from './print-guard';
import type { PaperData } from './usePaperData';
import { APP_VERSION } from '../../workbook/app-version';
import { usePlanVersionInForce } from '../../workbook/usePlanVersionInForce';
import { emergencyLevelNames } from '../../domain/plan/emergency-level';

/**
 * Every print of the paper area. Documents are built from the data on screen when the button is pressed;
 * pre-numbered forms first reserve their temporary IDs in one transaction, so the numbers on paper are never
 * printed twice. A read-only workbook cannot reserve: its pre-numbered forms print with the number column blank.
 */
export function usePaperPrint(job: PrintJob, data: PaperData | undefined) {
  const { t } = useTranslation();
  const { db, facility, writer, canEdit } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const [problem, setProblem] = useState<string | null>(null);
  const planVersion = usePlanVersionInForce();

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

  // Temporary IDs reserved for the job in flight: if it ends without a saved PDF they are on no paper, and staff
  // must record them as void (they are never issued again).
  const reserved = useRef<string[]>([]);
  useEffect(() => {
    if (job.busy || reserved.current.length === 0) return;
    const notice = voidedIdsNotice(t, job.state.kind, reserved.current);
    reserved.current = [];
    if (notice) setProblem(notice);
  }, [job.busy, job.state.kind, t]);

  const send = useCallback(
    (build: () => PdfDocument, title: string, printedAt: Date, runs: readonly SheetRun[] = []) => {
      const ranges = reservedRanges(runs);
      let doc: PdfDocument;
      try {
        doc = build();
      } catch (error) {
        if (ranges.length === 0) throw error;
        console.warn('paper document failed', error);
        setProblem(voidedIdsNotice(t, 'failed', ranges));
        return;
      }
      reserved.current = ranges;
      void job.print(doc, pdfFileName(title, facility?.name ?? '', printedAt));
    },
    [job, facility, t],
  );

  /** Refuse a job too large to render, before anything is reserved. */
  const tooLarge = useCallback(
    (pages: number): boolean => {
      const refusal = pageLimitProblem(t, pages);
      setProblem(refusal);
      return refusal !== null;
    },
    [t],
  );

  /** Reserve numbers for every pre-numbered run; false (with the reason shown) when that is impossible. */
  const withNumbers = useCallback(
    async <R extends { form: FormTemplate; sheets: number }>(runs: R[]): Promise<(R & SheetRun)[] | null> => {
      setProblem(null);
      if (!canEdit) return runs.map((r) => ({ ...r, form: { ...r.form, numbering: undefined } }));
      try {
        const blocks = await reserveTemporaryIds(db, runs.map((r) => ({ formId: r.form.id, count: idsNeeded(r.form, r.sheets) })), writer);
        return runs.map((r, i) => {
          const block = blocks[i];
          return block ? { ...r, block } : r;
        });
      } catch (error) {
        if (error instanceof TemporaryIdsExhaustedError) {
          setProblem(t('paper.print.exhausted', { title: error.formTitle, remaining: error.remaining, requested: error.requested }));
        } else {
          setProblem(storageMessage(error));
        }
        return null;
      }
    },
    [canEdit, db, writer, t, storageMessage],
  );

  const printForm = useCallback(
    async (form: FormTemplate, sheets: number) => {
      if (tooLarge(sheets * form.copies)) return;
      const runs = await withNumbers([{ form, sheets }]);
      const run = runs?.[0];
      if (!run) return;
      const ctx = context();
      send(() => buildBlankFormDocument({ context: ctx, run }), form.title, ctx.printedAt, [run]);
    },
    [tooLarge, withNumbers, context, send],
  );

  const formTitles = useCallback(() => new Map((data?.forms ?? []).map((f) => [f.id, f.title])), [data]);

  const printProcedure = useCallback(
    (procedure: Procedure) => {
      const ctx = context();
      send(() => buildProcedureDocument({ ...ctx, planVersion }, procedure, formTitles(), emergencyLevelNames(data?.levels ?? [])), `紙運用手順_${procedure.department}_${procedure.title}`, ctx.printedAt);
    },
    [context, send, formTitles, data, planVersion],
  );

  const kitRuns = useCallback(
    async (plans: KitPlanDepartment[]): Promise<KitDepartment[] | null> => {
      const flat = plans.flatMap((p) => p.forms);
      const numbered = await withNumbers(flat);
      if (!numbered) return null;
      let i = 0;
      return plans.map((p) => ({ department: p.department, procedures: p.procedures, forms: p.forms.map(() => numbered[i++]!) }));
    },
    [withNumbers],
  );

  const printKit = useCallback(
    async (department: string | 'all', quantity: KitQuantity) => {
      if (!data) return;
      const all = { procedures: data.procedures, forms: data.forms, wards: data.wards, departmentOrder: data.departments };
      const plans = department === 'all' ? planHospitalKit(all, quantity) : [planDepartmentKit(department, all, quantity)];
      if (tooLarge(kitPageCount(plans, department === 'all'))) return;
      const departments = await kitRuns(plans);
      if (!departments) return;
      const ctx = context();
      const input = { context: { ...ctx, planVersion }, departments, quantityNote: quantityNote(quantity), formTitles: formTitles(), levelNames: emergencyLevelNames(data.levels) };
      const runs = departments.flatMap((d) => d.forms);
      const [first] = departments;
      if (department !== 'all' && first) send(() => buildDepartmentKitDocument({ ...input, departments: [first] }), `ダウンタイムキット_${department}`, ctx.printedAt, runs);
      else send(() => buildHospitalKitDocument(input), '病院全体ダウンタイムキット', ctx.printedAt, runs);
    },
    [data, kitRuns, tooLarge, context, formTitles, send, planVersion],
  );

  const printStockPlan = useCallback(
    (days: number) => {
      if (!data) return;
      const ctx = context();
      send(() => buildStockPlanDocument(ctx, planStock(data.forms, data.wards, days)), '帳票の備蓄計画', ctx.printedAt);
    },
    [data, context, send],
  );

  return { printForm, printProcedure, printKit, printStockPlan, problem, numbersBlank: !canEdit };
}
