import { describe, expect, it } from 'vitest';
import { saveAnswer } from '../../db/checklist-store';
import { freshDatabase } from '../../db/testing';
import { checklistAnswerSchema } from '../../domain/checklist/answer';
import { checklistReportFigures } from './report-figures';
import { effectiveSets } from './shipped-sets';

describe('management report figure', () => {
  it('counts the inspection checklist answered in the 年度 and its いいえ', async () => {
    const db = await freshDatabase();
    const set = effectiveSets([])[0]!;
    const answer = (itemId: string, value: 'yes' | 'no', fiscalYear = 2026) =>
      saveAnswer(db, checklistAnswerSchema.parse({ setId: set.setId, itemId, fiscalYear, first: { answer: value, checkedOn: '2026-06-01' }, targetDate: value === 'no' ? '2027-03-31' : '' }), { set, item: set.items.find((i) => i.id === itemId)! }, { actor: '山田' });
    await answer('2-01', 'yes');
    await answer('2-07', 'no');
    await answer('2-08', 'yes', 2025);
    const figures = await checklistReportFigures.collect(db, { today: '2026-12-01', fiscalYear: { start: '2026-04-01', end: '2027-03-31' } });
    expect(figures).toEqual([{ key: 'checklist-answered', labelKey: 'checklist.report.answered', value: 2, total: set.items.length, noteKey: 'checklist.report.noes', values: { count: 1 } }]);
  });
});
