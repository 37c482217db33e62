import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  hint?: string;
  /** Already translated. */
  error?: string;
  children: ReactNode;
}

/** Label, control, hint and error for one form field; the control gets aria-describedby from the caller. */
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
