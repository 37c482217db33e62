import { useTranslation } from 'react-i18next';
import { useWorkbook } from './WorkbookContext';

/**
 * One sentence on a screen whose edit controls are hidden or disabled because the workbook is read-only (edit lock
 * or 配布用コピー), so nobody hunts for a missing button. Nothing while the workbook may be changed.
 */
export function ReadOnlyNotice() {
  const { t } = useTranslation();
  const { canEdit } = useWorkbook();
  if (canEdit) return null;
  return (
    <p className="read-only-notice" data-testid="read-only-notice">
      {t('common.readOnly')}
    </p>
  );
}
