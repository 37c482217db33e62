import { Field, fieldAria } from './Field';

interface Props {
  id: string;
  label: string;
  hint?: string;
  value: string;
  /** Already translated. */
  error?: string;
  /** 'current-password' where an existing passphrase is asked for, so password managers offer it. */
  autoComplete?: 'new-password' | 'current-password';
  onChange(value: string): void;
}

/** A passphrase input (backup file, 管理者パスフレーズ) with its label, hint and error. */
export function PassphraseField({ id, label, hint, value, error, autoComplete = 'new-password', onChange }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input {...fieldAria(id, { hint, error })} type="password" autoComplete={autoComplete} value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}
