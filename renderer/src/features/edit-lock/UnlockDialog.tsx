import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionRow } from '../../ui/ActionRow';
import { Dialog } from '../../ui/Dialog';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { PassphraseField } from '../../ui/PassphraseField';

/** Ask for the 管理者パスフレーズ; PBKDF2 takes a moment, so the button shows it is working. */
export function UnlockDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { editLock } = useWorkbook();
  const [passphrase, setPassphrase] = useState('');
  const [state, setState] = useState<'idle' | 'checking' | 'wrong'>('idle');
  return (
    <Dialog title={t('editLock.unlockTitle')} onClose={onClose}>
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
        <h2>{t('editLock.unlockTitle')}</h2>
        <PassphraseField
          id="unlock-passphrase"
          label={t('editLock.passphrase')}
          autoComplete="current-password"
          value={passphrase}
          error={state === 'wrong' ? t('editLock.wrong') : undefined}
          onChange={setPassphrase}
        />
        <ActionRow onCancel={onClose}>
          <button type="submit" className="button" disabled={state === 'checking' || passphrase === ''}>
            {state === 'checking' ? t('editLock.working') : t('editLock.unlock')}
          </button>
        </ActionRow>
      </form>
    </Dialog>
  );
}
