import { actionsReferences } from '../../db/actions-references';
import { actionSearch } from './search';
import type { FeatureModule } from '../../workbook/feature-module';
import { ActionEditorPage } from './ActionEditor';
import { ActionsHomeNotice } from './ActionsHomeNotice';
import { ActionsPage } from './ActionsPage';
import { ActionsPrintCard } from './ActionsPrintCard';
import { actionsAuditLabels } from './audit-labels';
import { actionsEvidence, actionsFigures } from './evidence';
import { actionListDocument } from './useActionPrints';
import { dataKey } from '../../i18n/typed-keys';

/** 対応事項 (R2, R4, R5, R15): the one follow-up tracker every area adds to. */
export const actionsFeature = {
  areas: ['actions'],
  routes: [
    { path: 'actions', element: <ActionsPage /> },
    { path: 'actions/new', element: <ActionEditorPage /> },
    { path: 'actions/:id', element: <ActionEditorPage /> },
  ],
  printCards: [ActionsPrintCard],
  homeNotices: [ActionsHomeNotice],
  search: [actionSearch],
  binderSections: [
    {
      chapter: 'bcp-improvement',
      chapterTitleKey: 'drills.binder.chapter',
      titleKey: 'actions.binder.section',
      table: 'actions',
      async load(db, { header, ja }) {
        return (await db.actions.count()) > 0 ? [await actionListDocument(db, header, (key) => ja(dataKey(key)))] : [];
      },
    },
  ],
  auditLabels: actionsAuditLabels,
  references: actionsReferences,
  guidelineEvidence: [actionsEvidence],
  managementReportFigures: [actionsFigures],
} satisfies FeatureModule;
