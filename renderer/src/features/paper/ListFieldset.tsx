import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  legend: string;
  count: number;
  max: number;
  disabled: boolean;
  addLabel: string;
  onAdd(): void;
  /** A message (already translated) for the list as a whole, e.g. 「列を1つ以上」. */
  error?: string | undefined;
  children: ReactNode;
}

/** A designer list (header fields, columns, signature boxes) with its add button and whole-list error. */
export function ListFieldset({ legend, count, max, disabled, addLabel, onAdd, error, children }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="paper-list-fieldset">
      <legend>
        {legend} <span className="muted">{t('punct.parens', { text: t('paper.form.count', { count, max }) })}</span>
      </legend>
      {children}
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
      {!disabled && (
        <button type="button" className="button secondary" disabled={count >= max} onClick={onAdd}>
          {addLabel}
        </button>
      )}
    </fieldset>
  );
}
