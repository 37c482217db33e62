import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from './Notice';

interface Props {
  /** The step's own buttons, main one first. */
  children: ReactNode;
  onCancel(): void;
  /** Defaults to 「キャンセル」. */
  cancelLabel?: string;
  /** A failed write, already translated; shown under the buttons. */
  failure?: string | null;
}

/** The buttons under a dialog or a step: the step's own, then one that backs out without changing anything. */
export function ActionRow({ children, onCancel, cancelLabel, failure }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <div className="actions">
        {children}
        <button type="button" className="button secondary" onClick={onCancel}>
          {cancelLabel ?? t('common.cancel')}
        </button>
      </div>
      {failure && <Notice tone="error">{failure}</Notice>}
    </>
  );
}
