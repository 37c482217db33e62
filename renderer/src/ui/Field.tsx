import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  hint?: string;
  /** Already translated. */
  error?: string;
  children: ReactNode;
}

/** The attributes tying a control to its Field's hint and error (spread onto the input, select or textarea). */
export function fieldAria(id: string, { hint, error }: { hint?: unknown; error?: unknown } = {}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined } as const;
}

/** Label, control, hint and error for one form field; the control gets its ids from fieldAria. */
export function Field({ id, label, hint, error, children }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/**
 * The error of a control that sits outside a Field (a chip, a table cell), with the id its fieldAria points to, so a
 * screen reader reads the error with the control.
 */
export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <span className="error" id={`${id}-error`} role="alert">
      {error}
    </span>
  );
}
