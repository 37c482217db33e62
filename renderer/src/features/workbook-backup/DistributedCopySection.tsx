import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { releaseDistributedCopy } from '../../db/workbook-backup';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Notice } from '../../ui/Notice';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { formatDateTime, formatInstantDate } from '../../domain/date-text';
import { RestoreFlow } from './RestoreFlow';

/** 設定 → 配布用コピー: import a newer read-only copy, or turn the copy into an original (source PC lost). */
export function DistributedCopySection() {
  const { t, i18n } = useTranslation();
  const { db, settings, writer, editLock } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const copy = settings.distributedCopy;
  return (
    <div className="card" id="distributed-copy">
      <h2>{t('workbookBackup.copy.heading')}</h2>
      <p>{t('workbookBackup.copy.lead')}</p>
      <p>
        <strong data-testid="distributed-copy-status">
          {copy
            ? t('workbookBackup.copy.current', { facility: copy.sourceFacility, asOf: formatInstantDate(copy.asOf, i18n.language), importedAt: formatDateTime(copy.importedAt, i18n.language) })
            : t('workbookBackup.copy.none')}
        </strong>
      </p>
      {editLock.locked && <Notice tone="demo">{t('editLock.needUnlock')}</Notice>}
      <RestoreFlow mode="distributed-copy" disabled={editLock.locked} />
      {copy && (
        <div className="actions">
          <ConfirmButton
            label={t('workbookBackup.copy.release')}
            question={t('workbookBackup.copy.releaseConfirm')}
            disabled={editLock.locked}
            onConfirm={() => void releaseDistributedCopy(db, writer.actor).catch((e: unknown) => setError(storageMessage(e)))}
          />
        </div>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
