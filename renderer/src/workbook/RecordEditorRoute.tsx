import { Fragment, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { RecordTypes } from '../db/database';
import { Notice } from '../ui/Notice';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { useStoredRecord } from './useStoredRecord';
import { useWorkbook } from './WorkbookContext';

interface Props<T extends keyof RecordTypes> {
  table: T;
  /** Already translated: 「この連絡先は見つかりません（削除された可能性があります）。」 */
  notFound: string;
  /** Where a record that is not found leads back to, and the link's words. */
  back: { to: string; label: string };
  /**
   * The editor, given the stored record (null for a new one). While the workbook is read-only it gets the record
   * too and must show it disabled, with the ReadOnlyNotice.
   */
  children(existing: RecordTypes[T] | null): ReactNode;
}

/**
 * The route half of every record editor (`…/new`, `…/:id` or `…/:id/edit`): waits for the record, says when the id
 * is not stored, refuses a new record while the workbook is read-only (nothing to consult in an empty form), and
 * keys the editor by id so it starts over from the stored record when the route changes.
 */
export function RecordEditorRoute<T extends keyof RecordTypes>({ table, notFound, back, children }: Props<T>) {
  const { id } = useParams();
  const recordId = id === undefined || id === 'new' ? undefined : id;
  const { canEdit } = useWorkbook();
  const existing = useStoredRecord(table, recordId);
  if (existing === undefined) return null;
  if (existing === 'missing') {
    return (
      <section className="record-not-found">
        <Notice tone="error">{notFound}</Notice>
        <p>
          <Link to={back.to}>← {back.label}</Link>
        </p>
      </section>
    );
  }
  if (existing === null && !canEdit) return <ReadOnlyNotice />;
  return <Fragment key={recordId ?? 'new'}>{children(existing)}</Fragment>;
}
