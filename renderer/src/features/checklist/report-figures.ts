import { answersOfYear, progressOf } from '../../domain/checklist/answer';
import { fiscalYearOfDate } from '../../domain/checklist/fiscal-year';
import type { ManagementReportFigures } from '../../workbook/feature-module';
import { effectiveSets } from './shipped-sets';

const INSPECTION_SET_ID = 'mhlw-r7-facility';

/** The management report's line for the checklist inspectors read: how much of it is answered, and the いいえ. */
export const checklistReportFigures: ManagementReportFigures = {
  key: 'checklist',
  async collect(db, context) {
    const set = effectiveSets(await db.checklistSets.toArray()).find((s) => s.setId === INSPECTION_SET_ID);
    if (!set) return [];
    // The 年度 is named by the year it starts in; its first day tells which, whatever the start month.
    const fiscalYear = fiscalYearOfDate(context.fiscalYear.start, Number(context.fiscalYear.start.slice(5, 7)));
    const progress = progressOf(set.items, answersOfYear(await db.checklistAnswers.toArray(), set, fiscalYear));
    return [
      { key: 'checklist-answered', labelKey: 'checklist.report.answered', value: progress.answered, total: progress.total, noteKey: 'checklist.report.noes', values: { count: progress.no } },
    ];
  },
};
