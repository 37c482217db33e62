import { incidentsReferences } from '../../db/incidents-references';
import { incidentEvidenceFindings, incidentYearFigures } from '../../domain/incidents/evidence';
import type { FeatureModule } from '../../workbook/feature-module';
import { ActiveIncidentBadge, ActiveIncidentNotice } from './ActiveIncidentNotice';
import { incidentsAuditLabels } from './audit-labels';
import { DeclarePage } from './DeclarePage';
import { BlankIncidentSheetsPrintCard, IncidentRecordPrintCard } from './IncidentPrintCards';
import { IncidentScreen } from './IncidentScreen';
import { IncidentsPage } from './IncidentsPage';
import { ReportRulesSettings } from './ReportRulesSettings';
import { incidentSearch, timelineSearch } from './search';
import { TemplateSettings } from './TemplateSettings';

/** インシデント対応 (R5 R10 R11 R14 R15): from the first alarm to the closed record. */
export const incidentsFeature = {
  areas: ['incidents'],
  routes: [
    { path: 'incidents', element: <IncidentsPage /> },
    { path: 'incidents/new', element: <DeclarePage /> },
    { path: 'incidents/:id', element: <IncidentScreen /> },
  ],
  printCards: [BlankIncidentSheetsPrintCard, IncidentRecordPrintCard],
  settingsSections: [TemplateSettings, ReportRulesSettings],
  homeNotices: [ActiveIncidentNotice],
  topBarItems: [ActiveIncidentBadge],
  search: [incidentSearch, timelineSearch],
  // The record of incidents is printed on its own (印刷 screen): the binder holds the plan, not the log of events.
  binderExcluded: ['incidents', 'incidentEvents'],
  auditLabels: incidentsAuditLabels,
  settings: { incidentResponseTemplate: 'incidents.template.heading', incidentReportRules: 'incidents.rules.heading' },
  references: incidentsReferences,
  guidelineEvidence: [
    {
      topic: 'incidents',
      key: 'incidents.exercisedAndReviewed',
      async evaluate(db, context) {
        const figures = incidentYearFigures(await db.incidents.toArray(), context.fiscalYear);
        return incidentEvidenceFindings(figures).map((f) => ({ ...f, href: '/incidents' }));
      },
    },
  ],
  managementReportFigures: [
    {
      key: 'incidents',
      async collect(db, context) {
        const f = incidentYearFigures(await db.incidents.toArray(), context.fiscalYear);
        return [
          { key: 'incidents', labelKey: 'incidents.figures.incidents', value: f.incidents },
          { key: 'exercises', labelKey: 'incidents.figures.exercises', value: f.exercises },
          { key: 'reviewed', labelKey: 'incidents.figures.reviewed', value: f.closedWithReview, total: f.closed },
        ];
      },
    },
  ],
} satisfies FeatureModule;
