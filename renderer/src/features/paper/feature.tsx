import { paperGuidelineEvidence } from './guideline-evidence';
import { Repository } from '../../db/repository';
import type { FeatureModule } from '../../workbook/feature-module';
import { paperAuditLabels } from './audit-labels';
import { FormDesigner } from './FormDesigner';
import { PaperHome } from './PaperHome';
import { DowntimeKitCard, StockPlanCard } from './PaperPrintCards';
import { ProcedureEditor } from './ProcedureEditor';
import { ProcedureView } from './ProcedureView';
import { starterForms } from './starter-forms';
import { StockPlanPage } from './StockPlanPage';
import { paperBinderSections } from './binder';

/** 紙運用・帳票 (R7): department procedures, printable blank forms, downtime kits and the stock plan. */
export const paperFeature = {
  areas: ['paper'],
  routes: [
    { path: 'paper', element: <PaperHome /> },
    { path: 'paper/procedures/new', element: <ProcedureEditor /> },
    { path: 'paper/procedures/:id', element: <ProcedureView /> },
    { path: 'paper/procedures/:id/edit', element: <ProcedureEditor /> },
    { path: 'paper/forms/new', element: <FormDesigner /> },
    { path: 'paper/forms/:id', element: <FormDesigner /> },
    { path: 'paper/stock', element: <StockPlanPage /> },
  ],
  printCards: [DowntimeKitCard, StockPlanCard],
  homeTiles: [{ key: 'paper', area: 'paper' }],
  binderSections: paperBinderSections,
  auditLabels: paperAuditLabels,
  settings: { paperPlannedDays: 'paper.stock.days' },
  guidelineEvidence: paperGuidelineEvidence,
  /** A new workbook starts with the starter forms, each editable and resettable to its shipped version. */
  async seedNewWorkbook(db, context) {
    await new Repository(db, 'formTemplates').saveMany(starterForms(), context);
  },
} satisfies FeatureModule;
