import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { useWorkbook } from '../workbook/WorkbookContext';

/** Ask for the 管理者パスフレーズ; PBKDF2 takes a moment, so the button shows it is working. */
export function UnlockDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { editLock } = useWorkbook();
  const [passphrase, setPassphrase] = useState('');
  const [state, setState] = useState<'idle' | 'checking' | 'wrong'>('idle');
  return (
    <Dialog title={t('safety.lock.unlockTitle')} onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          setState('checking');
          void editLock.unlock(passphrase).then(
            (ok) => (ok ? onClose() : setState('wrong')),
            (error: unknown) => {
              console.warn('unlock failed', error);
              setState('wrong');
            },
          );
        }}
      >
        <h2>{t('safety.lock.unlockTitle')}</h2>
        <div className="field">
          <label htmlFor="unlock-passphrase">{t('safety.lock.passphrase')}</label>
          <input
            id="unlock-passphrase"
            type="password"
            autoComplete="current-password"
            value={passphrase}
            aria-invalid={state === 'wrong'}
            aria-describedby={state === 'wrong' ? 'unlock-error' : undefined}
            onChange={(e) => setPassphrase(e.target.value)}
          />
          {state === 'wrong' && (
            <span className="error" id="unlock-error" role="alert">
              {t('safety.lock.wrong')}
            </span>
          )}
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={state === 'checking' || passphrase === ''}>
            {state === 'checking' ? t('safety.lock.working') : t('safety.lock.unlock')}
          </button>
          <button type="button" className="button secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
