import type { ReactNode } from 'react';
import type { FieldValues, FormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../ui/Notice';
import { useWorkbook } from './WorkbookContext';

/**
 * What EditorActions needs of a react-hook-form editor: whether it is saving, and whether a field is refused. Read in
 * the editor's own render, where react-hook-form subscribes the form state it is asked for.
 */
export function editorFormState(formState: Pick<FormState<FieldValues>, 'isSubmitting' | 'errors'>): { submitting: boolean; hasErrors: boolean } {
  return { submitting: formState.isSubmitting, hasErrors: Object.keys(formState.errors).length > 0 };
}

interface Props {
  /** The save button's words (e.g. 保存, 計画を保存). */
  saveLabel: string;
  submitting: boolean;
  hasErrors: boolean;
  /** Where 「キャンセル」 goes back to. */
  cancelTo: string;
  failure: string | null;
  /** Further buttons beside save (e.g. 完了にする). */
  children?: ReactNode;
}

/**
 * Save and cancel under a record editor, with the notices that say why nothing was saved. Save is offered only when
 * the workbook can be edited (edit lock, distributed copy).
 */
export function EditorActions({ saveLabel, submitting, hasErrors, cancelTo, failure, children }: Props) {
  const { t } = useTranslation();
  const { canEdit } = useWorkbook();
  return (
    <>
      <div className="actions">
        {canEdit && (
          <button type="submit" className="button" disabled={submitting}>
            {saveLabel}
          </button>
        )}
        {children}
        <Link className="button secondary" to={cancelTo}>
          {t('common.cancel')}
        </Link>
      </div>
      {hasErrors && <Notice tone="error">{t('common.fixErrors')}</Notice>}
      {failure && <Notice tone="error">{failure}</Notice>}
    </>
  );
}
