import type { TFunction } from 'i18next';
import { SYSTEM_ACTOR } from '../../db/settings';
import type { AuditEntry } from '../../domain/audit/audit-entry';
import type { Facility } from '../../domain/facility';
import { pdfFileName } from '../../domain/print-file-name';
import { type AuditFilter } from '../../domain/audit/audit-filter';
import type { ChainVerdict } from '../../domain/audit/audit-chain';
import { buildAuditLog, AUDIT_LOG_TITLE } from '../../pdf/documents/audit/audit-log';
import type { Printable } from '../../workbook/print/PrintCard';
import { dataKey } from '../../i18n/typed-keys';
import { APP_VERSION } from '../../workbook/app-version';
import type { Registry } from '../../workbook/registry';
import { formatDateTime } from '../../domain/date-text';

/** The names of every area's fields and settings (assembled from the feature modules, read through useRegistry). */
export type AuditLabels = Pick<Registry, 'auditFieldLabels' | 'settingLabels'>;

/** How one audit row reads on screen and on paper: table, action, actor, record and fields in words, not keys. */
export interface AuditRowText {
  table: string;
  action: string;
  actor: string;
  label: string;
  fields: string;
}

/** A table's name in words; a table the app does not name yet keeps its stored name. */
export function auditTableText(t: TFunction, table: string): string {
  return t(`tables.${table}`, { defaultValue: table });
}

function fieldText(t: TFunction, labels: AuditLabels, table: string, field: string): string {
  // A restore's row lists the tables it replaced.
  if (table === 'workbook') return auditTableText(t, field);
  const key = (labels.auditFieldLabels as Partial<Record<string, Record<string, string>>>)[table]?.[field];
  return key ? t(dataKey(key)) : field;
}

export function auditRowText(t: TFunction, row: AuditEntry, labels: AuditLabels): AuditRowText {
  const isSetting = row.table === 'settings';
  const settingKey = isSetting ? (labels.settingLabels as Partial<Record<string, string>>)[row.label] : undefined;
  return {
    table: auditTableText(t, row.table),
    action: t(`audit.actions.${row.action}`, { defaultValue: row.action }),
    actor: auditActorText(t, row.actor),
    label: settingKey ? t(dataKey(settingKey)) : row.label,
    // A setting's row names the setting itself; its only "field" is its value.
    fields: isSetting
      ? ''
      : row.changedFields.map((field) => fieldText(t, labels, row.table, field)).join(t('audit.fieldSeparator')),
  };
}

export function auditActorText(t: TFunction, actor: string): string {
  return actor === SYSTEM_ACTOR ? t('audit.systemActor') : actor;
}

export function verdictText(t: TFunction, verdict: ChainVerdict): string {
  return verdict.ok
    ? t('audit.verifiedOk', { count: verdict.checked })
    : t('audit.verifiedBroken', { seq: verdict.breakAt?.seq ?? '?', reason: t(`audit.reasons.${verdict.breakAt?.reason ?? 'seq-order'}`) });
}

export function describeFilter(ja: TFunction, filter: AuditFilter): string {
  const parts = [
    filter.table && `${ja('audit.filterTable')}：${auditTableText(ja, filter.table)}`,
    filter.actor && `${ja('audit.filterActor')}：${auditActorText(ja, filter.actor)}`,
    (filter.from || filter.to) && `${ja('audit.filterFrom')}〜${ja('audit.filterTo')}：${filter.from || '…'}〜${filter.to || '…'}`,
    filter.text.trim() && `${ja('audit.filterText')}：${filter.text.trim()}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('／') : '全件';
}

/** The 監査ログ PDF of the given rows (in seq order) with the verdict over the whole trail. */
export function auditPrintable(
  ja: TFunction,
  facility: Facility,
  rows: readonly AuditEntry[],
  filter: AuditFilter,
  verdict: ChainVerdict,
  labels: AuditLabels,
): Printable {
  const printedAt = new Date();
  const doc = buildAuditLog({
    facilityName: facility.name,
    confidentialityLabel: facility.confidentialityLabel,
    version: APP_VERSION,
    printedAt,
    demo: facility.demo === true,
    filterDescription: describeFilter(ja, filter),
    verdict: verdictText(ja, verdict),
    verdictOk: verdict.ok,
    rows: rows.map((row) => {
      const text = auditRowText(ja, row, labels);
      return {
        seq: row.seq,
        at: formatDateTime(row.at, 'ja'),
        ...text,
        broken: !verdict.ok && verdict.breakAt?.seq === row.seq,
      };
    }),
  });
  return { doc, fileName: pdfFileName(AUDIT_LOG_TITLE, facility.name, printedAt) };
}
