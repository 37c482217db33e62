import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

interface Props {
  label: string;
  question: string;
  className?: string;
  disabled?: boolean;
  /** The question explains why it cannot be done now: only 取消 is offered. */
  blocked?: boolean;
  onConfirm(): void;
}

/** A button that asks before doing something that cannot be undone. */
export function ConfirmButton({ label, question, className = 'button secondary', disabled, blocked, onConfirm }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className={className} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
      {asking && (
        <Dialog title={label} onClose={() => setAsking(false)}>
          <p>{question}</p>
          <div className="actions">
            <button
              type="button"
              className="button danger"
              disabled={disabled || blocked}
              onClick={() => {
                setAsking(false);
                onConfirm();
              }}
            >
              {label}
            </button>
            <button type="button" className="button secondary" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
