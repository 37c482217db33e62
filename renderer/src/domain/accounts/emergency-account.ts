import { z } from 'zod';
import { isLocalDateString } from '../../base/local-date';
import type { RecordMeta } from '../record';

/**
 * An emergency account (非常用アカウント, R6): an account kept sealed for when normal login is impossible. The workbook
 * never holds its password, only where the sealed credential is, who keeps it, who may open it and how it is used.
 * Its state comes from its events (account-event.ts), never from a field a form could set.
 */

/**
 * Text that looks like a written-down password (「パスワード：…」「PW=…」「pass: …」). Refused in every field, so a
 * credential typed by habit never lands in the workbook, its backups, exports or printouts.
 */
const PASSWORD_LIKE = /(パスワード|ﾊﾟｽﾜｰﾄﾞ|暗証番号|password|passwd|pass|pwd|pw)\s*[:：=＝]\s*\S/i;

export function looksLikePassword(text: string): boolean {
  return PASSWORD_LIKE.test(text);
}

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .refine((v) => !looksLikePassword(v), 'accounts.validation.noPassword')
    .default('');
const required = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(max, 'validation.tooLong')
    .refine((v) => !looksLikePassword(v), 'accounts.validation.noPassword');

export const emergencyAccountSchema = z.object({
  /** The inventory system the account logs in to. */
  systemId: z.string().min(1, 'accounts.validation.systemRequired'),
  /** The account's id or name as the system knows it (「emg-admin01」「管理者代行」). */
  name: required(120),
  /** What it can do: scope and rights (参照のみ、全権限…). */
  scope: text(1000),
  /** When it is for: normal login impossible, IC card broken, directory server down… */
  purpose: text(1000),
  /** Where the sealed credential is kept (room, safe, drawer). */
  storagePlace: required(200),
  /** The envelope's or seal's number, checked at every seal check. */
  sealNumber: required(60),
  /** The day it was (last) sealed here, for the first seal check. */
  sealedOn: z.string().trim().refine(isLocalDateString, 'accounts.validation.date'),
  /** The contact (院内 staff) who keeps the sealed credential. */
  custodianContactId: z.string().default(''),
  /** Who may open it, by role (病院長、当直責任者、情報システム室長…). */
  openers: text(500),
  /** How to use it, in step markup like the paper procedures (domain/step-markup.ts). */
  procedure: text(4000),
  notes: text(2000),
});

export type EmergencyAccountFields = z.output<typeof emergencyAccountSchema>;
export type EmergencyAccount = EmergencyAccountFields & RecordMeta;
