import { drillsReferences } from '../../db/drills-references';
import { drillSearch } from './search';
import type { FeatureModule } from '../../workbook/feature-module';
import { drillsAuditLabels } from './audit-labels';
import { DrillEditorPage } from './DrillEditor';
import { DrillPage } from './DrillPage';
import { DrillPrintCard } from './DrillPrintCard';
import { DrillSettings } from './DrillSettings';
import { DrillsHomeNotice } from './DrillsHomeNotice';
import { DrillsPage } from './DrillsPage';
import { drillsEvidence, drillsFigures } from './evidence';
import { drillReportDocument } from './useDrillPrints';

/** 訓練 (R2, R4): plan, run as an exercise incident, record, findings → actions, report to management. */
export const drillsFeature = {
  areas: ['drills'],
  routes: [
    { path: 'drills', element: <DrillsPage /> },
    { path: 'drills/new', element: <DrillEditorPage /> },
    { path: 'drills/:id', element: <DrillPage /> },
    { path: 'drills/:id/edit', element: <DrillEditorPage /> },
  ],
  printCards: [DrillPrintCard],
  settingsSections: [DrillSettings],
  homeNotices: [DrillsHomeNotice],
  search: [drillSearch],
  binderSections: [
    {
      chapter: 'bcp-improvement',
      chapterTitleKey: 'drills.binder.chapter',
      titleKey: 'drills.binder.section',
      table: 'drills',
      /** Every drill's report, the latest first (the one the next review starts from). */
      async load(db, { header }) {
        const drills = (await db.drills.toArray()).sort((a, b) => (b.heldOn || b.scheduledFor).localeCompare(a.heldOn || a.scheduledFor));
        return Promise.all(drills.map((d) => drillReportDocument(db, header, d)));
      },
    },
  ],
  auditLabels: drillsAuditLabels,
  settings: { drillIntervalDays: 'drills.settings.label' },
  references: drillsReferences,
  guidelineEvidence: [drillsEvidence],
  managementReportFigures: [drillsFigures],
} satisfies FeatureModule;
