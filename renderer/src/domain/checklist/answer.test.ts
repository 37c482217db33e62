import { describe, expect, it } from 'vitest';
import { answerFormSchema, checklistAnswerSchema, currentAnswer, progressOf, type ChecklistAnswerFields } from './answer';

const base = (over: Partial<ChecklistAnswerFields> = {}) => checklistAnswerSchema.parse({ setId: 's', itemId: 'a', fiscalYear: 2026, ...over });
const form = answerFormSchema(4, '2026-12-01');
const messages = (value: object) => {
  const r = form.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('answering an item', () => {
  it('an いいえ needs a 目標日 inside the 年度: 31 March yes, 1 April no', () => {
    const no = base({ first: { answer: 'no', checkedOn: '2026-06-01' } });
    expect(messages(no)).toEqual(['targetDate:checklist.validation.targetRequired']);
    expect(messages({ ...no, targetDate: '2027-03-31' })).toEqual([]);
    expect(messages({ ...no, targetDate: '2027-04-01' })).toEqual(['targetDate:checklist.validation.targetOutsideYear']);
    expect(messages({ ...no, targetDate: '2026-03-31' })).toEqual(['targetDate:checklist.validation.targetOutsideYear']);
  });

  it('each round needs its date, the 2nd comes after the 1st, and no date is in the future', () => {
    expect(messages({ ...base(), first: { answer: 'yes', checkedOn: '' } })).toEqual(['first.checkedOn:checklist.validation.checkedOnRequired']);
    expect(messages(base({ second: { answer: 'yes', checkedOn: '2026-07-01' } }))).toEqual(['first.answer:checklist.validation.firstBeforeSecond']);
    expect(messages(base({ first: { answer: 'yes', checkedOn: '2026-08-01' }, second: { answer: 'yes', checkedOn: '2026-07-01' } }))).toEqual(['second.checkedOn:checklist.validation.secondBeforeFirst']);
    expect(messages(base({ first: { answer: 'yes', checkedOn: '2026-12-02' } }))).toEqual(['first.checkedOn:checklist.validation.future']);
  });

  it('the 2nd round counts once given: an いいえ turned はい needs no 目標日', () => {
    const fixed = base({ first: { answer: 'no', checkedOn: '2026-06-01' }, second: { answer: 'yes', checkedOn: '2026-10-01' } });
    expect(currentAnswer(fixed)).toBe('yes');
    expect(messages(fixed)).toEqual([]);
  });

  it('progress counts the answers that count', () => {
    const answers = new Map([
      ['a', base({ first: { answer: 'yes', checkedOn: '2026-06-01' } })],
      ['b', base({ first: { answer: 'no', checkedOn: '2026-06-01' } })],
      ['c', base({ first: { answer: 'no', checkedOn: '2026-06-01' }, second: { answer: 'na', checkedOn: '2026-07-01' } })],
    ]);
    expect(progressOf([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }], answers)).toEqual({ answered: 3, yes: 1, no: 1, na: 1, total: 4 });
  });
});
