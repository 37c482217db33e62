import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { writeSetting } from '../../db/settings';
import { createVerifier, newPassphraseSchema } from '../../domain/passphrase';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { PassphraseField } from '../../ui/PassphraseField';
import { dataKey } from '../../i18n/typed-keys';

/** 設定 → 編集ロック: set, change or remove the 管理者パスフレーズ, and the idle time before it locks again. */
export function EditLockSection() {
  const { t } = useTranslation();
  const { db, settings, writer, editLock } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [idle, setIdle] = useState(String(settings.editLockIdleMinutes));
  const [fieldError, setFieldError] = useState<{ field: 'passphrase' | 'confirm'; key: string } | null>(null);
  const [state, setState] = useState<{ kind: 'idle' | 'working' } | { kind: 'done'; tone: 'ok' | 'error'; text: string }>({ kind: 'idle' });
  const locked = editLock.locked;

  async function save(work: () => Promise<void>) {
    setState({ kind: 'working' });
    try {
      await work();
      setState({ kind: 'done', tone: 'ok', text: t('editLock.saved') });
    } catch (error) {
      setState({ kind: 'done', tone: 'error', text: storageMessage(error) });
    }
  }

  function setLock() {
    setFieldError(null);
    const parsed = newPassphraseSchema.safeParse({ passphrase, confirm });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return setFieldError({ field: issue.path[0] === 'confirm' ? 'confirm' : 'passphrase', key: issue.message });
    }
    void save(async () => {
      await writeSetting(db, 'editLock', await createVerifier(passphrase), writer);
      setPassphrase('');
      setConfirm('');
    });
  }

  function saveIdle() {
    const minutes = Number(idle);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240) return setState({ kind: 'done', tone: 'error', text: t('editLock.idle') + ': 1〜240' });
    void save(() => writeSetting(db, 'editLockIdleMinutes', minutes, writer));
  }

  const errorFor = (field: 'passphrase' | 'confirm') => (fieldError?.field === field ? t(dataKey(fieldError.key)) : undefined);
  return (
    <div className="card" id="edit-lock">
      <h2>{t('editLock.heading')}</h2>
      <p>{t('editLock.lead')}</p>
      <p>
        <strong data-testid="edit-lock-status">{editLock.enabled ? t('editLock.enabled') : t('editLock.disabled')}</strong>
      </p>
      {locked ? (
        <Notice tone="demo">{t('editLock.needUnlock')}</Notice>
      ) : (
        <>
          <form
            className="form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              setLock();
            }}
          >
            <PassphraseField id="lock-passphrase" label={t('editLock.passphrase')} hint={t('workbookBackup.validation.passphraseTooShort')} value={passphrase} onChange={setPassphrase} error={errorFor('passphrase')} />
            <PassphraseField id="lock-confirm" label={t('editLock.confirm')} value={confirm} onChange={setConfirm} error={errorFor('confirm')} />
            <div className="actions">
              <button type="submit" className="button" disabled={state.kind === 'working'}>
                {editLock.enabled ? t('editLock.change') : t('editLock.set')}
              </button>
              {editLock.enabled && (
                <ConfirmButton label={t('editLock.remove')} question={t('editLock.removeConfirm')} onConfirm={() => void save(() => writeSetting(db, 'editLock', null, writer))} />
              )}
            </div>
          </form>
          <div className="field inline-field">
            <label htmlFor="lock-idle">{t('editLock.idle')}</label>
            <input id="lock-idle" type="number" min={1} max={240} value={idle} onChange={(e) => setIdle(e.target.value)} />
            <div>
              <button type="button" className="button secondary" onClick={saveIdle}>
                {t('editLock.saveIdle')}
              </button>
            </div>
          </div>
        </>
      )}
      {state.kind === 'working' && <ProgressBar label={t('editLock.working')} />}
      {state.kind === 'done' && <Notice tone={state.tone}>{state.text}</Notice>}
    </div>
  );
}
