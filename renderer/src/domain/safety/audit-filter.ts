import type { AuditEntry } from '../audit';
import { matchesQuery } from '../search';

/** The 監査ログ screen's filters; empty strings mean "any". Dates are local calendar days (YYYY-MM-DD), inclusive. */
export interface AuditFilter {
  table: string;
  actor: string;
  from: string;
  to: string;
  text: string;
}

export const emptyAuditFilter: AuditFilter = { table: '', actor: '', from: '', to: '', text: '' };

function localDay(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function matchesAuditFilter(row: AuditEntry, filter: AuditFilter): boolean {
  if (filter.table && row.table !== filter.table) return false;
  if (filter.actor && row.actor !== filter.actor) return false;
  if (filter.from || filter.to) {
    const day = localDay(row.at);
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
  }
  if (filter.text.trim() && !matchesQuery(filter.text, [row.label, row.recordId, row.actor, ...row.changedFields])) return false;
  return true;
}
