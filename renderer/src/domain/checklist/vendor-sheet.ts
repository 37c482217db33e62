import { z } from 'zod';
import { isLocalDateString } from '../../base/local-date';
import type { RecordMeta } from '../record';
import { answerValues } from './answer';

const localDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isLocalDateString(v), 'checklist.validation.date')
  .default('');

/**
 * 事業者確認用: the sheet sent to one vendor contact (table vendorSheets) and what the vendor answered on it, with the
 * day it came back. One per vendor, set and 年度.
 */
export const vendorSheetSchema = z
  .object({
    contactId: z.string().min(1, 'validation.required'),
    setId: z.string().min(1),
    fiscalYear: z.number().int().min(2000).max(2200),
    sentOn: localDate,
    receivedOn: localDate,
    answers: z.array(z.object({ itemId: z.string().min(1), answer: z.enum(answerValues).or(z.literal('')).default(''), note: z.string().trim().max(500, 'validation.tooLong').default('') })).max(300).default([]),
    note: z.string().trim().max(2000, 'validation.tooLong').default(''),
  })
  .superRefine((s, ctx) => {
    if (s.answers.some((a) => a.answer !== '') && !s.receivedOn) ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: 'checklist.validation.receivedOnRequired' });
    if (s.sentOn && s.receivedOn && s.receivedOn < s.sentOn) ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: 'checklist.validation.receivedBeforeSent' });
  });
export type VendorSheetFields = z.output<typeof vendorSheetSchema>;
export type VendorSheet = VendorSheetFields & RecordMeta;

export function vendorSheetId(contactId: string, setId: string, fiscalYear: number): string {
  return `${contactId}--${setId}--${fiscalYear}`;
}

/** Whether the vendor's answers are back. */
export function isReturned(sheet: Pick<VendorSheetFields, 'receivedOn'> | undefined): boolean {
  return !!sheet?.receivedOn;
}
