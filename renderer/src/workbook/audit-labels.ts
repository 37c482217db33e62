import type { RecordTypes } from '../db/database';
import type { RecordMeta } from '../domain/record';

/** The fields a person edits (the record's bookkeeping is never "changed" in the audit log, except the sample mark). */
export type FieldsOf<T> = Exclude<keyof T, Exclude<keyof RecordMeta, 'demo'>>;

/**
 * The i18n key naming each stored field in the audit log's 変更項目, mostly the label its form already shows. Typed per
 * record so that a field added to a record without a name fails to compile instead of printing `rtoHours`.
 */
export type AuditFieldLabels = { [T in keyof RecordTypes]: Record<FieldsOf<RecordTypes[T]>, string> };

/** The facility belongs to the workbook itself (first run, 設定), not to an area. */
export const facilityAuditLabels = {
  facility: {
    name: 'firstRun.facilityName',
    address: 'firstRun.address',
    departments: 'audit.fieldNames.departments',
    wards: 'audit.fieldNames.wards',
    fiscalYearStartMonth: 'settings.fiscalYearStart',
    confidentialityLabel: 'settings.confidentialityLabel',
    demo: 'audit.fieldNames.demo',
  },
} satisfies Partial<AuditFieldLabels>;

/** Settings of the workbook itself (language and who is at the keyboard), named in the audit log. */
export const coreSettingLabels = {
  uiLanguage: 'settings.language',
  currentUser: 'settings.users',
  knownUsers: 'audit.settingNames.knownUsers',
} as const;
