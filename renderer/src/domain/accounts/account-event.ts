import { z } from 'zod';
import type { RecordMeta } from '../record';
import { looksLikePassword } from './emergency-account';

/**
 * One line of an emergency account's ledger (開封記録簿). Append-only: a mistake is answered by a further event (a
 * review), never by editing or deleting one. Fields a kind does not use stay ''.
 */
export const accountEventKinds = ['opened', 'used', 'returned', 'resealed', 'retired', 'sealCheck', 'reviewed'] as const;
export type AccountEventKind = (typeof accountEventKinds)[number];

export const ACCOUNT_EVENT_KIND_JA: Record<AccountEventKind, string> = {
  opened: '開封',
  used: '使用',
  returned: '返却',
  resealed: '変更・再封印',
  retired: '廃止',
  sealCheck: '封印点検',
  reviewed: '確認（レビュー）',
};

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .refine((v) => !looksLikePassword(v), 'accounts.validation.noPassword')
    .default('');

export const accountEventSchema = z
  .object({
    accountId: z.string().min(1),
    kind: z.enum(accountEventKinds),
    /** When it happened (ISO instant); an opening logged on paper first is entered later with its own time. */
    at: z.iso.datetime({ offset: true, error: 'accounts.validation.dateTime' }),
    /** Who opened, used, returned, resealed, checked or reviewed. */
    who: z.string().trim().min(1, 'validation.required').max(60, 'validation.tooLong'),
    /** Opening: why; use: what was done; retirement, check and review: remarks. */
    detail: text(2000),
    /** Opening: who watched. */
    witness: text(60),
    /** Opening: the incident or drill (an exercise incident) it was opened for; '' = none, which is shown as misuse. */
    incidentId: z.string().default(''),
    /** Change and reseal: the new envelope's or seal's number. */
    newSealNumber: text(60),
    /** Change and reseal: who changed the credential on the system. */
    changedBy: text(60),
    /** Seal check: whether the seal was found intact. */
    sealIntact: z.boolean().default(true),
    /** Review: the event (opening without an incident, broken seal) it reviews. */
    reviewOf: z.string().default(''),
  })
  .superRefine((event, ctx) => {
    if (event.kind === 'resealed') {
      if (!event.newSealNumber) ctx.addIssue({ code: 'custom', path: ['newSealNumber'], message: 'accounts.validation.newSealRequired' });
      if (!event.changedBy) ctx.addIssue({ code: 'custom', path: ['changedBy'], message: 'accounts.validation.changedByRequired' });
    }
    if (event.kind === 'opened' && !event.detail) ctx.addIssue({ code: 'custom', path: ['detail'], message: 'accounts.validation.reasonRequired' });
    if (event.kind === 'used' && !event.detail) ctx.addIssue({ code: 'custom', path: ['detail'], message: 'accounts.validation.useRequired' });
    if (event.kind === 'reviewed') {
      if (!event.reviewOf) ctx.addIssue({ code: 'custom', path: ['reviewOf'], message: 'validation.required' });
      if (!event.detail) ctx.addIssue({ code: 'custom', path: ['detail'], message: 'accounts.validation.reviewRequired' });
    }
  });

export type AccountEventFields = z.output<typeof accountEventSchema>;
export type AccountEvent = AccountEventFields & RecordMeta;

/** Ledger order: when it happened, then when it was entered. */
export function compareEvents(a: Pick<AccountEvent, 'at' | 'createdAt'>, b: Pick<AccountEvent, 'at' | 'createdAt'>): number {
  return a.at.localeCompare(b.at) || a.createdAt.localeCompare(b.createdAt);
}
