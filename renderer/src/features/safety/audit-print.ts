import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../domain/audit';
import type { Facility } from '../../domain/facility';
import { pdfFileName } from '../../domain/print-file-name';
import { type AuditFilter } from '../../domain/safety/audit-filter';
import type { ChainVerdict } from '../../domain/safety/audit-chain';
import { buildAuditLog, AUDIT_LOG_TITLE } from '../../pdf/documents/audit-log';
import type { Printable } from '../print/PrintCard';
import { APP_VERSION } from './backup-runner';
import { formatDateTime } from './format';

/** Japanese labels for a row's table and action (printed pages are Japanese whatever the screen language). */
export function auditLabels(t: TFunction, row: AuditEntry): { table: string; action: string } {
  return {
    table: t(`safety.tables.${row.table}`, { defaultValue: row.table }),
    action: t(`safety.audit.actions.${row.action}`, { defaultValue: row.action }),
  };
}

export function verdictText(t: TFunction, verdict: ChainVerdict): string {
  return verdict.ok
    ? t('safety.audit.verifiedOk', { count: verdict.checked })
    : t('safety.audit.verifiedBroken', { seq: verdict.breakAt?.seq ?? '?', reason: t(`safety.audit.reasons.${verdict.breakAt?.reason ?? 'seq-order'}`) });
}

export function describeFilter(ja: TFunction, filter: AuditFilter): string {
  const parts = [
    filter.table && `${ja('safety.audit.filterTable')}：${ja(`safety.tables.${filter.table}`, { defaultValue: filter.table })}`,
    filter.actor && `${ja('safety.audit.filterActor')}：${filter.actor}`,
    (filter.from || filter.to) && `${ja('safety.audit.filterFrom')}〜${ja('safety.audit.filterTo')}：${filter.from || '…'}〜${filter.to || '…'}`,
    filter.text.trim() && `${ja('safety.audit.filterText')}：${filter.text.trim()}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('／') : '全件';
}

/** The 監査ログ PDF of the given rows (in seq order) with the verdict over the whole trail. */
export function auditPrintable(ja: TFunction, facility: Facility, rows: readonly AuditEntry[], filter: AuditFilter, verdict: ChainVerdict): Printable {
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
      const labels = auditLabels(ja, row);
      return {
        seq: row.seq,
        at: formatDateTime(row.at, 'ja'),
        actor: row.actor,
        table: labels.table,
        action: labels.action,
        label: row.label,
        fields: row.changedFields.join(', '),
        broken: !verdict.ok && verdict.breakAt?.seq === row.seq,
      };
    }),
  });
  return { doc, fileName: pdfFileName(AUDIT_LOG_TITLE, facility.name, printedAt) };
}
