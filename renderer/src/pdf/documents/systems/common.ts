import { PHONE_LABEL_JA, type Contact } from '../../../domain/contacts/contact';
import type { PrintContext } from '../../../domain/print-context';
import { SYSTEM_CATEGORY_JA, SYSTEM_KIND_JA, type SystemFields } from '../../../domain/systems/system';

/** What every systems-area document is told about the print: the frame without its title. */
export type SystemsPrintHeader = Omit<PrintContext, 'documentTitle'>;

/** A vendor contact as printed: name, organisation and the numbers to call. */
export type VendorInfo = Pick<Contact, 'name' | 'organisation' | 'phones'>;

/** `segmentName` is the name of the segment record the system sits on, read by the caller. */
export type PrintableSystem = SystemFields & { id: string; segmentName?: string };

/** 「システム（電子カルテ）」 */
export function kindJa(system: Pick<SystemFields, 'kind' | 'category'>): string {
  return system.category ? `${SYSTEM_KIND_JA[system.kind]}（${SYSTEM_CATEGORY_JA[system.category]}）` : SYSTEM_KIND_JA[system.kind];
}

/** 「○○メディカル 山田（外線 03-…／24時間窓口 0120-…）」 */
export function vendorJa(vendor: VendorInfo | undefined, withPhones: boolean): string {
  if (!vendor) return '—';
  const who = [vendor.organisation, vendor.name].filter(Boolean).join(' ');
  const phones = vendor.phones.filter((p) => p.number).map((p) => `${PHONE_LABEL_JA[p.label]} ${p.number}`);
  return withPhones && phones.length > 0 ? `${who}（${phones.join('／')}）` : who;
}

/** A small-print cell. */
export function small(text: string): { text: string; fontSize: number } {
  return { text: text || '—', fontSize: 8 };
}
