import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/Notice';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { RestoreFlow } from './RestoreFlow';

/** 設定 → バックアップから復元. Needs editing rights: it replaces the whole workbook. */
export function RestoreSection() {
  const { t } = useTranslation();
  const { canEdit, editLock } = useWorkbook();
  return (
    <div className="card" id="backup-restore">
      <h2>{t('workbookBackup.restore.heading')}</h2>
      <p>{t('workbookBackup.restore.lead')}</p>
      {editLock.locked && <Notice tone="demo">{t('editLock.needUnlock')}</Notice>}
      <RestoreFlow mode="restore" disabled={!canEdit} />
    </div>
  );
}
