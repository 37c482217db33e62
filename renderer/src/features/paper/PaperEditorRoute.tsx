import { Fragment, type ReactNode } from 'react';
import { useParams } from 'react-router';
import type { RecordTypes } from '../../db/database';
import { Notice } from '../../ui/Notice';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { useStoredRecord } from '../../workbook/useStoredRecord';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { usePaperData, type PaperData } from './usePaperData';

interface Props<T extends 'procedures' | 'formTemplates'> {
  table: T;
  /** Already translated. */
  notFound: string;
  /** The editor, given the stored record (null at `…/new`) and the paper area's data. */
  children(existing: RecordTypes[T] | null, data: PaperData): ReactNode;
}

/**
 * The route half of a paper editor (`…/new` or `…/:id`): waits for the record and the area's data, says when the id
 * is not stored, and keys the editor by id so it starts over from the stored record when the route changes.
 */
export function PaperEditorRoute<T extends 'procedures' | 'formTemplates'>({ table, notFound, children }: Props<T>) {
  const { id = 'new' } = useParams();
  const data = usePaperData();
  const { canEdit } = useWorkbook();
  const existing = useStoredRecord(table, id === 'new' ? undefined : id);
  if (existing === undefined || !data) return null;
  // Nothing to consult in an empty form.
  if (existing === null && !canEdit) return <ReadOnlyNotice />;
  if (existing === 'missing') return <Notice tone="error">{notFound}</Notice>;
  return <Fragment key={id}>{children(existing, data)}</Fragment>;
}
