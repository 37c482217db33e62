import { z } from 'zod';
import { compareReading, isValidReading, toKatakanaReading } from '../kana';
import { isLocalDateString } from '../../base/local-date';
import { normalizePhone } from './phone';
import type { RecordMeta } from '../record';

export const contactKinds = ['staff', 'vendor', 'authority', 'expert', 'other'] as const;
export type ContactKind = (typeof contactKinds)[number];

/** The one Japanese name of each kind: the screen (ja), the printed list and the CSV all say this. */
export const CONTACT_KIND_JA: Record<ContactKind, string> = {
  staff: '院内',
  vendor: 'ベンダー',
  authority: '行政・警察',
  expert: '外部専門家',
  other: 'その他',
};

export const phoneLabels = ['external', 'extension', 'phs', 'mobile', 'fax', 'hotline24h'] as const;
export type PhoneLabel = (typeof phoneLabels)[number];

/** The one Japanese name of each phone label, on screen (ja), on paper and as the CSV column header. */
export const PHONE_LABEL_JA: Record<PhoneLabel, string> = {
  external: '外線',
  extension: '内線',
  phs: 'PHS',
  mobile: '携帯',
  fax: 'FAX',
  hotline24h: '24時間窓口',
};

/**
 * A number is checked and stored in its standard form (see phone.ts); empty means 「未登録」, still to be filled.
 * `asWritten`: an imported cell that is not a number by the numbering plan, kept exactly as the file had it rather
 * than dropping the person (「03-1234-567」, a typo). It is shown as 要確認; the form checks it again when the contact is
 * edited, so it stays only until someone has looked at it.
 */
export const phoneSchema = z
  .object({
    label: z.enum(phoneLabels),
    number: z.string().max(60, 'validation.tooLong'),
    asWritten: z.literal(true).optional(),
  })
  .transform((phone, ctx) => {
    if (phone.asWritten) return { label: phone.label, number: phone.number.trim(), asWritten: true as const };
    const checked = normalizePhone(phone.number);
    if (checked.ok) return { label: phone.label, number: checked.value };
    ctx.addIssue({ code: 'custom', message: 'contacts.validation.phone', path: ['number'] });
    return z.NEVER;
  });
export type Phone = z.output<typeof phoneSchema>;

/** フリガナ in hiragana, katakana or half-width katakana; stored as full-width katakana. */
export const furiganaSchema = z
  .string()
  .max(120, 'validation.tooLong')
  .transform((raw, ctx) => {
    const reading = toKatakanaReading(raw);
    if (isValidReading(reading)) return reading;
    ctx.addIssue({ code: 'custom', message: 'contacts.validation.furigana' });
    return z.NEVER;
  });

/**
 * Deliberately loose: Japanese carrier addresses such as 「taro.@docomo.ne.jp」 or 「a..b@ezweb.ne.jp」 break RFC 5322
 * yet receive mail, so only what is surely not an address is refused (no @, two @, a space, a domain without a dot).
 * NFKC first, so an address typed with the IME on (ｔａｒｏ＠…) is stored half-width.
 */
export const emailSchema = z
  .string()
  .max(200, 'validation.tooLong')
  .transform((raw) => raw.normalize('NFKC').trim())
  .refine((v) => v === '' || /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(v), 'validation.email');

/** YYYY-MM-DD (a calendar date, no time), or empty. */
export const isoDateSchema = z
  .string()
  .trim()
  .refine((v) => v === '' || isLocalDateString(v), 'contacts.validation.date');

export const contactSchema = z.object({
  kind: z.enum(contactKinds),
  name: z.string().trim().min(1, 'validation.required').max(80, 'validation.tooLong'),
  furigana: furiganaSchema.default(''),
  organisation: z.string().trim().max(120, 'validation.tooLong').default(''),
  department: z.string().trim().max(80, 'validation.tooLong').default(''),
  role: z.string().trim().max(80, 'validation.tooLong').default(''),
  phones: z.array(phoneSchema).max(12, 'contacts.validation.tooManyPhones').default([]),
  email: emailSchema.default(''),
  availability: z.string().trim().max(200, 'validation.tooLong').default(''),
  contractNotes: z.string().trim().max(2000, 'validation.tooLong').default(''),
  /** Ids of inventory systems a vendor or expert supports. */
  systemsSupported: z.array(z.string()).max(200).default([]),
  /** ISO date (YYYY-MM-DD) someone last confirmed the numbers; empty means 未確認. */
  lastVerifiedAt: isoDateSchema.default(''),
  notes: z.string().trim().max(4000, 'validation.tooLong').default(''),
  /** Set by an import that kept a cell as written (a number marked asWritten, or text moved to the notes): 要確認. */
  needsCheck: z.literal(true).optional(),
});

export type ContactFields = z.output<typeof contactSchema>;
export type Contact = ContactFields & RecordMeta;

/** A contact with every field empty: the blank form starts from it, and tests spread it under their own values. */
export function emptyContactFields(): ContactFields {
  return {
    kind: 'staff',
    name: '',
    furigana: '',
    organisation: '',
    department: '',
    role: '',
    phones: [],
    email: '',
    availability: '',
    contractNotes: '',
    systemsSupported: [],
    lastVerifiedAt: '',
    notes: '',
  };
}

/**
 * The reading a contact sorts by: its フリガナ as katakana (older records and the demo file may hold hiragana), or
 * the name when no reading was entered.
 */
export function sortReading(contact: Pick<ContactFields, 'furigana' | 'name'>): string {
  return toKatakanaReading(contact.furigana) || contact.name;
}

/** 五十音 order by reading, then by name (two 「サトウ」 stay in a stable, predictable order). */
export function compareContacts(a: Pick<ContactFields, 'furigana' | 'name'>, b: Pick<ContactFields, 'furigana' | 'name'>): number {
  return compareReading(sortReading(a), sortReading(b)) || compareReading(a.name, b.name);
}

/** Sorted copy, 五十音 order. */
export function sortContacts<T extends Pick<ContactFields, 'furigana' | 'name'>>(contacts: readonly T[]): T[] {
  const keyed = contacts.map((c) => ({ c, reading: sortReading(c) }));
  keyed.sort((a, b) => compareReading(a.reading, b.reading) || compareReading(a.c.name, b.c.name));
  return keyed.map((k) => k.c);
}

/** 要確認: an import kept something of this contact as written, and nobody has edited the contact since. */
export function keptAsWritten(contact: Pick<ContactFields, 'phones' | 'needsCheck'>): boolean {
  return contact.needsCheck === true || contact.phones.some((p) => p.asWritten);
}

/**
 * A stored contact checked again by today's numbering rules, or null when nothing changes. A number the rules now
 * refuse (an older version accepted it) is kept exactly as stored and marked 要確認, like an imported cell; one they
 * accept is kept in its standard form. Nothing is dropped.
 */
export function withNumbersRechecked<T extends Pick<ContactFields, 'phones' | 'needsCheck'>>(contact: T): T | null {
  let changed = false;
  let refused = false;
  const phones = contact.phones.map((phone): Phone => {
    if (phone.asWritten || phone.number === '') return phone;
    const checked = normalizePhone(phone.number);
    if (!checked.ok) {
      changed = refused = true;
      return { ...phone, asWritten: true };
    }
    if (checked.value === phone.number) return phone;
    changed = true;
    return { ...phone, number: checked.value };
  });
  if (!changed) return null;
  return { ...contact, phones, ...(refused ? { needsCheck: true as const } : {}) };
}

/** Numbers that have been filled in. */
export function filledPhones(contact: Pick<ContactFields, 'phones'>): Phone[] {
  return contact.phones.filter((p) => p.number !== '');
}
