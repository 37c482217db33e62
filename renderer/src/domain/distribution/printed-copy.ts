import { z } from 'zod';
import type { RecordMeta } from '../record';

/**
 * A printed copy of the plan kept somewhere on paper (印刷物の保管台帳): the binder in the 災害対策本部, the staff
 * edition at each nurses' station, a department's downtime kit. When the workbook changes after it was printed, the
 * paper is out of date, and the home says so until it is reprinted.
 */
export const printEditions = ['admin', 'staff', 'department'] as const;
export type PrintEdition = (typeof printEditions)[number];

/** 版の種類 as printed and shown. */
export const PRINT_EDITION_JA: Readonly<Record<PrintEdition, string>> = { admin: '管理者版', staff: '職員配布版', department: '部署別' };

/** What was printed: the whole binder, or one department's downtime kit, or another document of the 印刷 screen. */
export const printedDocuments = ['binder', 'kit', 'other'] as const;
export type PrintedDocument = (typeof printedDocuments)[number];
export const PRINTED_DOCUMENT_JA: Readonly<Record<PrintedDocument, string>> = { binder: 'BCP 冊子', kit: 'ダウンタイムキット', other: 'その他の印刷物' };

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');

export const printedCopySchema = z
  .object({
    document: z.enum(printedDocuments),
    /** The document's own title as it was printed, e.g. 「ダウンタイムキット（3階東病棟）」. */
    title: text(120).min(1, 'validation.required'),
    edition: z.enum(printEditions),
    /** The department of a 部署別 copy. */
    department: text(60),
    /** Where the copy is kept: 「災害対策本部 書庫 2 段目」. */
    place: text(120).min(1, 'validation.required'),
    /** The plan's 版 printed on it (free text until the plan area gives versions). */
    version: text(40),
    /** When it was printed (ISO instant): changes after this make it out of date. */
    printedAt: z.iso.datetime('validation.invalid'),
    notes: text(500),
  })
  .refine((c) => c.edition !== 'department' || c.department !== '', { path: ['department'], message: 'validation.required' });

export type PrintedCopyFields = z.output<typeof printedCopySchema>;
export type PrintedCopy = RecordMeta & PrintedCopyFields;
