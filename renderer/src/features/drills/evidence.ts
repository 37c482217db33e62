import { drillsHeldIn } from '../../domain/drills/drill-due';
import { drillEvidence } from '../../domain/drills/drill-evidence';
import type { GuidelineEvidenceRule, ManagementReportFigures } from '../../workbook/feature-module';

/** R2, R4: a drill held in the 年度, and management's approval of its report. */
export const drillsEvidence: GuidelineEvidenceRule = {
  topic: 'drills',
  key: 'drills-held',
  async evaluate(db, context) {
    return drillEvidence(await db.drills.toArray(), context.fiscalYear);
  },
};

/** 経営層への報告: drills held in the 年度, and how many of their reports management approved. */
export const drillsFigures: ManagementReportFigures = {
  key: 'drills',
  async collect(db, context) {
    const held = drillsHeldIn(await db.drills.toArray(), context.fiscalYear);
    const last = held.map((d) => d.heldOn).sort().at(-1);
    return [
      { key: 'drillsHeld', labelKey: 'drills.figures.held', value: held.length, ...(last ? { noteKey: 'drills.figures.heldNote', values: { date: last } } : {}) },
      { key: 'drillReportsApproved', labelKey: 'drills.figures.approved', value: held.filter((d) => d.approval).length, total: held.length },
    ];
  },
};
