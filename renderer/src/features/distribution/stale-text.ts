import type { TFunction } from 'i18next';
import type { TableChanges } from '../../domain/distribution/stale-prints';

/** 「連絡先が 5 件変わっています、システム台帳が 1 件変わっています」 in the reader's language. */
export function changesText(changes: readonly TableChanges[], t: TFunction): string {
  return changes.map((c) => t('distribution.printed.change', { table: t(`tables.${c.table}`, { defaultValue: c.table }), count: c.records })).join(t('punct.list'));
}
