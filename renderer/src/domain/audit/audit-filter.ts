import type { AuditEntry } from './audit-entry';
import { toLocalDateString } from '../../base/local-date';
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

/**
 * `shownText` gives the words the screen shows for a row (field and setting names in the user's language), so the
 * keyword finds a change by what the user reads, not only by how it is stored.
 */
export function matchesAuditFilter(row: AuditEntry, filter: AuditFilter, shownText?: (row: AuditEntry) => readonly string[]): boolean {
  if (filter.table && row.table !== filter.table) return false;
  if (filter.actor && row.actor !== filter.actor) return false;
  if (filter.from || filter.to) {
    const day = toLocalDateString(new Date(row.at));
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
  }
  if (filter.text.trim() && !matchesQuery(filter.text, [row.label, row.recordId, row.actor, ...row.changedFields, ...(shownText?.(row) ?? [])])) return false;
  return true;
}
