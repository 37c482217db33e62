import { useTranslation } from 'react-i18next';
import type { StorageErrorKind } from '../db/errors';

/** Shown instead of the app when the workbook database cannot be opened. */
export function StorageErrorScreen({ kind }: { kind: StorageErrorKind }) {
  const { t } = useTranslation();
  return (
    <div className="fatal" role="alert" data-testid="storage-error">
      <h1>{t('storageError.heading')}</h1>
      <p>{t(`storageError.${kind}`)}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('storageError.retry')}
      </button>
    </div>
  );
}
