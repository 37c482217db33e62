import { useCallback } from 'react';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldAria } from './Field';

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
 * Schema messages are i18n keys ('validation.required', 'paper.validation.copies'); this turns one into the
 * sentence the user reads. A message that is not a key (a library's own English) becomes the general 「入力内容を確認してください。」.
 */
export function useErrorText() {
  const { t } = useTranslation();
  return useCallback(
    (key: string | undefined, params?: Record<string, unknown>): string | undefined => (key ? t(key, { defaultValue: t('validation.invalid'), ...params }) : undefined),
    [t],
  );
}

/**
 * For a field path like 'eos.endOfSupport': its translated error and the ARIA attributes tying the control to it
 * (aria-invalid, and aria-describedby to the error text `${id}-error`, which Field and FieldError render).
 * Ids are `${prefix}-${path with dots as dashes}`; `params` fill the message's placeholders.
 */
export function useFieldErrors<T extends FieldValues>(errors: FieldErrors<T>, prefix: string) {
  const errorText = useErrorText();
  return useCallback(
    (path: string, params?: Record<string, unknown>) => {
      const id = `${prefix}-${path.replace(/\./g, '-')}`;
      const error = errorText(messageAt(errors as FieldErrors, path), params);
      return { id, error, aria: fieldAria(id, { error }) };
    },
    [errors, prefix, errorText],
  );
}
