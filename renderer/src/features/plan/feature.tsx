import { readEmergencyLevels } from '../../db/emergency-levels';
import { planReferences } from '../../db/plan-references';
import { planVersionInForce, readPlanVersions, saveEmergencyLevels } from '../../db/plan-store';
import { planState } from '../../domain/plan/plan-version';
import { buildEmergencyLevelsDocument, buildPlanDocument } from '../../pdf/documents/plan/plan';
import { Repository } from '../../db/repository';
import { planEvidence } from '../../domain/plan/plan-evidence';
import type { FeatureModule } from '../../workbook/feature-module';
import { ApprovePage } from './ApprovePage';
import { planAuditLabels } from './audit-labels';
import { LevelsEditor } from './LevelsEditor';
import { PlanEditor } from './PlanEditor';
import { PlanPage } from './PlanPage';
import { ManagementReportPrintCard, PlanPrintCard, RevisionHistoryPrintCard } from './PlanPrintCards';
import { starterPlan } from './starter-plan';

const chapter = { chapter: 'general', chapterTitleKey: 'plan.binderChapter' } as const;

/** 計画・承認 (R1 R3 R4 R17): the plan in the ひな形's chapters, its versions and approvals, and the management report. */
export const planFeature = {
  areas: ['plan'],
  routes: [
    { path: 'plan', element: <PlanPage /> },
    { path: 'plan/edit', element: <PlanEditor /> },
    { path: 'plan/approve', element: <ApprovePage /> },
    { path: 'plan/levels', element: <LevelsEditor /> },
  ],
  printCards: [PlanPrintCard, RevisionHistoryPrintCard, ManagementReportPrintCard],
  binderSections: [
    {
      ...chapter,
      titleKey: 'plan.print.planTitle',
      table: 'planVersions',
      /** The version in force, or the draft while none is approved (it says so on its first page). */
      async load(db, { header }) {
        const history = await readPlanVersions(db);
        const { inForce, draft } = planState(history);
        const version = inForce ?? draft;
        return version ? [buildPlanDocument({ context: header, version, levels: await readEmergencyLevels(db), history })] : [];
      },
    },
    {
      ...chapter,
      titleKey: 'plan.levels.heading',
      table: 'emergencyLevels',
      // A department's procedures name the level that starts them: its binder says what each level means.
      department: 'whole',
      async load(db, { header }) {
        return [buildEmergencyLevelsDocument(header, await readEmergencyLevels(db))];
      },
    },
  ],
  auditLabels: planAuditLabels,
  references: planReferences,
  guidelineEvidence: [
    {
      topic: 'plan',
      key: 'plan-approved',
      async evaluate(db, { today }) {
        return planEvidence(await planVersionInForce(db), today).map((f) => ({ ...f, href: '/plan' }));
      },
    },
  ],
  managementReportFigures: [
    {
      key: 'plan',
      async collect(db) {
        const inForce = await planVersionInForce(db);
        return inForce?.approval
          ? [{ key: 'planApproved', labelKey: 'plan.figures.planApproved', value: 1, total: 1, noteKey: 'plan.figures.planApprovedNote', values: { version: inForce.version, date: inForce.approval.approvedOn } }]
          : [{ key: 'planApproved', labelKey: 'plan.figures.planApproved', value: 0, total: 1, noteKey: 'plan.figures.planNone' }];
      },
    },
  ],
  /** A new workbook starts from the starter plan (a draft 1.0 to edit and approve) and the levels with their criteria. */
  async seedNewWorkbook(db, context) {
    const { draft, levels } = starterPlan();
    await new Repository(db, 'planVersions').save({ ...draft, status: 'draft', supersededOn: '' }, context);
    if ((await db.emergencyLevels.count()) === 0) await saveEmergencyLevels(db, (await readEmergencyLevels(db)).map((l) => ({ ...l, criteria: levels.find((s) => s.id === l.id)?.criteria ?? l.criteria })), context);
  },
} satisfies FeatureModule;
