import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../ui/Notice';
import { useWorkbook } from '../../workbook/WorkbookContext';

interface Props {
  submitting: boolean;
  hasErrors: boolean;
  /** Where 「キャンセル」 goes back to. */
  cancelTo: string;
  failure: string | null;
}

/** Save and cancel under a systems-area editor page, with the notices that explain why nothing was saved. */
export function EditorActions({ submitting, hasErrors, cancelTo, failure }: Props) {
  const { t } = useTranslation();
  const { canEdit } = useWorkbook();
  return (
    <>
      <div className="actions">
        {canEdit && (
          <button type="submit" className="button" disabled={submitting}>
            {t('systems.save')}
          </button>
        )}
        <Link className="button secondary" to={cancelTo}>
          {t('common.cancel')}
        </Link>
      </div>
      {hasErrors && <Notice tone="error">{t('systems.editor.fixErrors')}</Notice>}
      {failure && <Notice tone="error">{failure}</Notice>}
    </>
  );
}
