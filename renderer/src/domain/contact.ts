import { z } from 'zod';
import type { RecordMeta } from './record';

/** 院内 / ベンダー / 行政・警察 / 外部専門家 / その他 — labels live in i18n under `contactKind.*`. */
export const contactKinds = ['staff', 'vendor', 'authority', 'expert', 'other'] as const;
export type ContactKind = (typeof contactKinds)[number];

export const phoneLabels = ['external', 'extension', 'phs', 'mobile', 'fax', 'hotline24h'] as const;
export type PhoneLabel = (typeof phoneLabels)[number];

export const phoneSchema = z.object({
  label: z.enum(phoneLabels),
  number: z.string().trim().max(40, 'validation.tooLong'),
});

export const contactSchema = z.object({
  kind: z.enum(contactKinds),
  name: z.string().trim().min(1, 'validation.required').max(80, 'validation.tooLong'),
  furigana: z.string().trim().max(120, 'validation.tooLong').default(''),
  organisation: z.string().trim().max(120, 'validation.tooLong').default(''),
  department: z.string().trim().max(80, 'validation.tooLong').default(''),
  role: z.string().trim().max(80, 'validation.tooLong').default(''),
  phones: z.array(phoneSchema).max(12).default([]),
  email: z.union([z.literal(''), z.string().trim().email('validation.email').max(200)]).default(''),
  availability: z.string().trim().max(200, 'validation.tooLong').default(''),
  contractNotes: z.string().trim().max(2000, 'validation.tooLong').default(''),
  systemsSupported: z.array(z.string()).max(200).default([]),
  /** ISO date (YYYY-MM-DD) someone last confirmed the numbers; empty means 未確認. */
  lastVerifiedAt: z.string().default(''),
  notes: z.string().trim().max(4000, 'validation.tooLong').default(''),
});

export type ContactFields = z.output<typeof contactSchema>;
export type Contact = ContactFields & RecordMeta;
