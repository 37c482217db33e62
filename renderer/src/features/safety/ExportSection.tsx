import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge/client';
import { exportAndVerifyWorkbook } from '../../db/backup';
import { backupFileName } from '../../domain/safety/backup-file-name';
import { newPassphraseSchema } from '../../domain/safety/passphrase';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import { useWorkbook } from '../workbook/WorkbookContext';
import { APP_VERSION } from './backup-runner';
import { PassphraseField } from './PassphraseField';

/** 設定 → バックアップファイルの書き出し: the whole workbook to one .bcpbak, optionally encrypted. Works read-only too. */
export function ExportSection() {
  const { t } = useTranslation();
  const { db, facility } = useWorkbook();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fieldError, setFieldError] = useState<{ field: 'passphrase' | 'confirm'; key: string } | null>(null);
  const [state, setState] = useState<{ kind: 'idle' | 'working' } | { kind: 'done'; tone: 'ok' | 'error'; text: string }>({ kind: 'idle' });

  async function run() {
    setFieldError(null);
    if (passphrase !== '') {
      const parsed = newPassphraseSchema.safeParse({ passphrase, confirm });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return setFieldError({ field: issue.path[0] === 'confirm' ? 'confirm' : 'passphrase', key: issue.message });
      }
    }
    setState({ kind: 'working' });
    try {
      const { bytes } = await exportAndVerifyWorkbook(db, { appVersion: APP_VERSION, purpose: 'manual', passphrase: passphrase || undefined });
      const result = await bridge().saveBackupFile({ suggestedName: backupFileName(facility?.name ?? '', new Date()), bytes });
      if (result.status === 'saved') setState({ kind: 'done', tone: 'ok', text: t('safety.export.saved', { fileName: result.fileName }) });
      else if (result.status === 'cancelled') setState({ kind: 'done', tone: 'ok', text: t('safety.export.cancelled') });
      else setState({ kind: 'done', tone: 'error', text: t(`safety.hostError.${result.code}`) });
    } catch (error) {
      console.warn('export failed', error);
      setState({ kind: 'done', tone: 'error', text: t('safety.hostError.unknown') });
    }
  }

  const errorFor = (field: 'passphrase' | 'confirm') => (fieldError?.field === field ? t(fieldError.key) : undefined);
  return (
    <div className="card" id="safety-export">
      <h2>{t('safety.export.heading')}</h2>
      <p>{t('safety.export.lead')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <PassphraseField id="export-passphrase" label={t('safety.export.passphrase')} hint={t('safety.export.passphraseHint')} value={passphrase} onChange={setPassphrase} error={errorFor('passphrase')} />
        {passphrase !== '' && <PassphraseField id="export-confirm" label={t('safety.export.confirm')} value={confirm} onChange={setConfirm} error={errorFor('confirm')} />}
        <div className="actions">
          <button type="submit" className="button" disabled={state.kind === 'working'}>
            {t('safety.export.run')}
          </button>
        </div>
      </form>
      {state.kind === 'working' && <ProgressBar label={t('safety.export.working')} />}
      {state.kind === 'done' && <Notice tone={state.tone}>{state.text}</Notice>}
    </div>
  );
}
