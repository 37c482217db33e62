import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { releaseDistributedCopy } from '../../db/backup';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Notice } from '../../ui/Notice';
import { useStorageErrorMessage } from '../workbook/useStorageErrorMessage';
import { useWorkbook } from '../workbook/WorkbookContext';
import { formatAsOf, formatDateTime } from './format';
import { RestoreFlow } from './RestoreFlow';

/** 設定 → 配布用コピー: import a newer read-only copy, or turn the copy into an original (source PC lost). */
export function DistributedCopySection() {
  const { t, i18n } = useTranslation();
  const { db, settings, writer, editLock } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const copy = settings.distributedCopy;
  return (
    <div className="card" id="safety-copy">
      <h2>{t('safety.copy.heading')}</h2>
      <p>{t('safety.copy.lead')}</p>
      <p>
        <strong data-testid="distributed-copy-status">
          {copy
            ? t('safety.copy.current', { facility: copy.sourceFacility, asOf: formatAsOf(copy.asOf, i18n.language), importedAt: formatDateTime(copy.importedAt, i18n.language) })
            : t('safety.copy.none')}
        </strong>
      </p>
      {editLock.locked && <Notice tone="demo">{t('safety.lock.needUnlock')}</Notice>}
      <RestoreFlow mode="distributed-copy" disabled={editLock.locked} />
      {copy && (
        <div className="actions">
          <ConfirmButton
            label={t('safety.copy.release')}
            question={t('safety.copy.releaseConfirm')}
            disabled={editLock.locked}
            onConfirm={() => void releaseDistributedCopy(db, writer.actor).catch((e: unknown) => setError(storageMessage(e)))}
          />
        </div>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
