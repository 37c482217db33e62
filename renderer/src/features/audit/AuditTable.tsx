import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../domain/audit/audit-entry';
import type { ChainVerdict } from '../../domain/audit/audit-chain';
import { useWindowRows } from '../../ui/useWindowRows';
import { formatDateTime } from '../../domain/date-text';
import { useRegistry } from '../../workbook/registry';
import { auditRowText } from './audit-print';

const COLUMNS = 7;
const ROW_HEIGHT = 38;

interface Props {
  /** Newest first. */
  rows: readonly AuditEntry[];
  verdict: ChainVerdict | undefined;
}

/**
 * Every matching change in one table. Only the rows near the window are drawn, between two spacer rows as tall as
 * the rows left out; aria-rowcount and aria-rowindex give a screen reader the whole table's size and its place.
 * Fixed column widths, so the columns do not jump as other rows scroll into view.
 */
export function AuditTable({ rows, verdict }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useRegistry();
  const getItemKey = useCallback((index: number) => rows[index]!.seq ?? `at:${index}`, [rows]);
  const estimateSize = useCallback(() => ROW_HEIGHT, []);
  const { rows: virtual, scrollMargin, listProps } = useWindowRows<HTMLTableSectionElement>({ count: rows.length, estimateSize, getItemKey });
  const drawn = virtual.getVirtualItems();
  const before = drawn.length > 0 ? drawn[0]!.start - scrollMargin : 0;
  const after = drawn.length > 0 ? virtual.getTotalSize() - (drawn[drawn.length - 1]!.end - scrollMargin) : 0;

  return (
    <div className="table-wrap">
      <table className="list audit-table" aria-rowcount={rows.length + 1}>
        <colgroup>
          <col className="audit-col-seq" />
          <col className="audit-col-at" />
          <col className="audit-col-actor" />
          <col className="audit-col-table" />
          <col className="audit-col-action" />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th>#</th>
            <th>{t('audit.at')}</th>
            <th>{t('audit.actor')}</th>
            <th>{t('audit.table')}</th>
            <th>{t('audit.action')}</th>
            <th>{t('audit.label')}</th>
            <th>{t('audit.fields')}</th>
          </tr>
        </thead>
        <tbody {...listProps}>
          {before > 0 && <Spacer height={before} />}
          {drawn.map((item) => {
            const row = rows[item.index]!;
            const broken = verdict && !verdict.ok && verdict.breakAt?.seq === row.seq;
            const text = auditRowText(t, row, labels);
            return (
              <tr
                key={item.key}
                ref={virtual.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className={broken ? 'audit-broken' : undefined}
                aria-label={broken ? t('audit.brokenRow') : undefined}
              >
                <td className="number">{row.seq}</td>
                <td>{formatDateTime(row.at, i18n.language)}</td>
                <td>{text.actor}</td>
                <td>{text.table}</td>
                <td className="audit-action">{text.action}</td>
                <td>{text.label}</td>
                <td className="muted">{text.fields}</td>
              </tr>
            );
          })}
          {after > 0 && <Spacer height={after} />}
        </tbody>
      </table>
    </div>
  );
}

/** Stands in for the rows not drawn; hidden from screen readers, which learn the size from aria-rowcount. */
function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="virtual-spacer">
      <td colSpan={COLUMNS} style={{ height }} />
    </tr>
  );
}
