import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyStorageError } from '../db/errors';

/** Turns any failed write into the Japanese sentence for it (quota, blocked, …); raw errors never reach the screen. */
export function useStorageErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      console.warn('write failed', error);
      return `${t('storageError.writeFailed')} ${t(`storageError.${classifyStorageError(error)}`)}`;
    },
    [t],
  );
}
