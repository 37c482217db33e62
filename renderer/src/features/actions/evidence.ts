import { actionCounts } from '../../domain/actions/action-rules';
import { actionEvidence } from '../../domain/actions/action-evidence';
import { toLocalDateString } from '../../base/local-date';
import type { GuidelineEvidenceRule, ManagementReportFigures } from '../../workbook/feature-module';

/** Lessons turned into actions and done (R2, R4, R5, R15). */
export const actionsEvidence: GuidelineEvidenceRule = {
  topic: 'actions',
  key: 'actions-followed-up',
  async evaluate(db, context) {
    return actionEvidence(await db.actions.toArray(), context.today, context.fiscalYear);
  },
};

/** 経営層への報告: actions open (with the overdue among them) and completed in the 年度. */
export const actionsFigures: ManagementReportFigures = {
  key: 'actions',
  async collect(db, context) {
    const actions = await db.actions.toArray();
    const counts = actionCounts(actions, context.today);
    const done = actions.filter((a) => {
      const day = a.status === 'done' && a.completedAt ? toLocalDateString(new Date(a.completedAt)) : '';
      return day !== '' && day >= context.fiscalYear.start && day <= context.fiscalYear.end;
    }).length;
    return [
      { key: 'actionsOpen', labelKey: 'actions.figures.open', value: counts.open, noteKey: 'actions.figures.overdueNote', values: { count: counts.overdue } },
      { key: 'actionsDone', labelKey: 'actions.figures.done', value: done },
    ];
  },
};
