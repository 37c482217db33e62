import type { FeatureModule } from '../../workbook/feature-module';
import { checklistAuditLabels } from './audit-labels';
import { BcpPhasesPrintCard, ChecklistGridPrintCard, CrossReferencePrintCard } from './ChecklistPrintCards';
import { ChecklistHome } from './ChecklistHome';
import { checklistReportFigures } from './report-figures';
import { VendorSheetsPage } from './VendorSheetsPage';

/** ガイドライン対応表 (R1–R18, the MHLW checklist and the BCP 確認表): answered per 年度 with the workbook's evidence. */
export const checklistFeature = {
  areas: ['checklist'],
  routes: [
    { path: 'checklist', element: <ChecklistHome /> },
    { path: 'checklist/vendors', element: <VendorSheetsPage /> },
  ],
  printCards: [ChecklistGridPrintCard, BcpPhasesPrintCard, CrossReferencePrintCard],
  // The self-assessment is a record of the facility's compliance, printed for inspection on its own, not part of the plan.
  binderExcluded: ['checklistAnswers', 'checklistSets', 'vendorSheets'],
  auditLabels: checklistAuditLabels,
  managementReportFigures: [checklistReportFigures],
} satisfies FeatureModule;
