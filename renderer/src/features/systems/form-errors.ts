import { useCallback } from 'react';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldAria } from '../../ui/Field';

function messageAt(errors: FieldErrors, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/**
 * For a field path like 'eos.endOfSupport': its translated error (schema messages are i18n keys) and the ARIA
 * attributes tying the control to it. Ids are `${prefix}-${path with dots as dashes}`.
 */
export function useFieldErrors<T extends FieldValues>(errors: FieldErrors<T>, prefix: string) {
  const { t } = useTranslation();
  return useCallback(
    (path: string) => {
      const id = `${prefix}-${path.replace(/\./g, '-')}`;
      const key = messageAt(errors as FieldErrors, path);
      const error = key ? t(key, { defaultValue: t('validation.invalid') }) : undefined;
      return { id, error, aria: fieldAria(id, { error }) };
    },
    [errors, prefix, t],
  );
}
