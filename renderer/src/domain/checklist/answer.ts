import { z } from 'zod';
import { isLocalDateString } from '../../base/local-date';
import type { RecordMeta } from '../record';
import { recordLinkSchema } from '../actions/follow-up-action';
import { isInFiscalYear } from './fiscal-year';
import type { ChecklistItem, ChecklistSetFields } from './item-set';

/** はい / いいえ / 該当なし, or '' while not answered. */
export const answerValues = ['yes', 'no', 'na'] as const;
export type AnswerValue = (typeof answerValues)[number];
export const ANSWER_JA: Record<AnswerValue, string> = { yes: 'はい', no: 'いいえ', na: '該当なし' };

const localDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isLocalDateString(v), 'checklist.validation.date')
  .default('');

/** One round of checking (1回目 / 2回目): the answer and the day it was checked. */
export const answerRoundSchema = z
  .object({ answer: z.enum(answerValues).or(z.literal('')).default(''), checkedOn: localDate })
  .superRefine((r, ctx) => {
    if (r.answer !== '' && r.checkedOn === '') ctx.addIssue({ code: 'custom', path: ['checkedOn'], message: 'checklist.validation.checkedOnRequired' });
    if (r.answer === '' && r.checkedOn !== '') ctx.addIssue({ code: 'custom', path: ['answer'], message: 'checklist.validation.answerRequired' });
  });
export type AnswerRound = z.output<typeof answerRoundSchema>;

const emptyRound = { answer: '' as const, checkedOn: '' };

/** The stored answer (table checklistAnswers): one item of one set in one 年度. */
export const checklistAnswerSchema = z.object({
  setId: z.string().min(1),
  itemId: z.string().min(1),
  /** The 年度, by the 西暦 year it starts in. */
  fiscalYear: z.number().int().min(2000).max(2200),
  first: answerRoundSchema.default(emptyRound),
  second: answerRoundSchema.default(emptyRound),
  /** 目標日 for an いいえ: by when it will be a はい; inside the 年度. */
  targetDate: localDate,
  note: z.string().trim().max(2000, 'validation.tooLong').default(''),
  /** Workbook records the answer rests on. */
  evidence: z.array(recordLinkSchema).max(20).default([]),
  /** The follow-up action (対応事項) its いいえ created. */
  actionId: z.string().default(''),
});
export type ChecklistAnswerFields = z.output<typeof checklistAnswerSchema>;
export type ChecklistAnswer = ChecklistAnswerFields & RecordMeta;

/** The answer that counts: the 2回目 when it was given, else the 1回目. */
export function currentAnswer(a: Pick<ChecklistAnswerFields, 'first' | 'second'> | undefined): AnswerValue | '' {
  if (!a) return '';
  return a.second.answer || a.first.answer;
}

/**
 * The form's rules, which need the facility's 年度: a 2回目 only after a 1回目 and not before it, a 目標日 for every
 * いいえ and inside the 年度, and check dates not in the future.
 */
export function answerFormSchema(startMonth: number, today: string) {
  return checklistAnswerSchema.superRefine((a, ctx) => {
    if (a.second.answer !== '' && a.first.answer === '') ctx.addIssue({ code: 'custom', path: ['first', 'answer'], message: 'checklist.validation.firstBeforeSecond' });
    if (a.first.checkedOn && a.second.checkedOn && a.second.checkedOn < a.first.checkedOn)
      ctx.addIssue({ code: 'custom', path: ['second', 'checkedOn'], message: 'checklist.validation.secondBeforeFirst' });
    for (const round of ['first', 'second'] as const) {
      if (a[round].checkedOn > today) ctx.addIssue({ code: 'custom', path: [round, 'checkedOn'], message: 'checklist.validation.future' });
    }
    if (currentAnswer(a) === 'no') {
      if (!a.targetDate) ctx.addIssue({ code: 'custom', path: ['targetDate'], message: 'checklist.validation.targetRequired' });
      else if (!isInFiscalYear(a.targetDate, a.fiscalYear, startMonth)) ctx.addIssue({ code: 'custom', path: ['targetDate'], message: 'checklist.validation.targetOutsideYear' });
    }
  });
}

/** Deterministic id: one answer per set, item and 年度. */
export function answerId(setId: string, itemId: string, fiscalYear: number): string {
  return `${setId}--${itemId}--${fiscalYear}`;
}

export interface Progress {
  answered: number;
  yes: number;
  no: number;
  na: number;
  total: number;
}

/** How far a list of items is answered in a 年度 (per section or for the whole set). */
export function progressOf(items: readonly Pick<ChecklistItem, 'id'>[], answers: ReadonlyMap<string, Pick<ChecklistAnswerFields, 'first' | 'second'>>): Progress {
  const p: Progress = { answered: 0, yes: 0, no: 0, na: 0, total: items.length };
  for (const item of items) {
    const value = currentAnswer(answers.get(item.id));
    if (value === '') continue;
    p.answered += 1;
    p[value] += 1;
  }
  return p;
}

/** A set's answers of one 年度, by item id. */
export function answersOfYear<A extends Pick<ChecklistAnswerFields, 'setId' | 'itemId' | 'fiscalYear'>>(answers: readonly A[], set: Pick<ChecklistSetFields, 'setId'>, fiscalYear: number): Map<string, A> {
  return new Map(answers.filter((a) => a.setId === set.setId && a.fiscalYear === fiscalYear).map((a) => [a.itemId, a]));
}

/** The title of the follow-up action an いいえ creates. */
export function followUpTitle(item: Pick<ChecklistItem, 'number' | 'text'>): string {
  const title = `ガイドライン対応表 ${item.number}：${item.text}`;
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}
