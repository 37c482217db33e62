import { dataKey } from '../../i18n/typed-keys';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanVersionError } from '../../domain/plan/plan-version';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';

/** What to tell the user when a plan write is refused (a superseded version, no draft…) or storage fails. */
export function usePlanErrorMessage() {
  const { t } = useTranslation();
  const storageMessage = useStorageErrorMessage();
  return useCallback(
    (error: unknown): string => {
      if (error instanceof PlanVersionError) return [t(`plan.errors.${error.reason}`), ...error.problems.map((p) => t(dataKey(p)))].join(' ');
      return storageMessage(error);
    },
    [t, storageMessage],
  );
}
