import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge/client';
import { exportAndVerifyWorkbook } from '../../db/workbook-backup';
import { backupFileName } from '../../domain/workbook-backup/backup-file-name';
import { newPassphraseSchema } from '../../domain/passphrase';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { APP_VERSION } from '../../workbook/app-version';
import { PassphraseField } from '../../ui/PassphraseField';
import { dataKey } from '../../i18n/typed-keys';

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
      if (result.status === 'saved') setState({ kind: 'done', tone: 'ok', text: t('workbookBackup.export.saved', { fileName: result.fileName }) });
      else if (result.status === 'cancelled') setState({ kind: 'done', tone: 'ok', text: t('workbookBackup.export.cancelled') });
      else setState({ kind: 'done', tone: 'error', text: t(`workbookBackup.hostError.${result.code}`) });
    } catch (error) {
      console.warn('export failed', error);
      setState({ kind: 'done', tone: 'error', text: t('workbookBackup.hostError.unknown') });
    }
  }

  const errorFor = (field: 'passphrase' | 'confirm') => (fieldError?.field === field ? t(dataKey(fieldError.key)) : undefined);
  return (
    <div className="card" id="backup-export">
      <h2>{t('workbookBackup.export.heading')}</h2>
      <p>{t('workbookBackup.export.lead')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <PassphraseField id="export-passphrase" label={t('workbookBackup.export.passphrase')} hint={t('workbookBackup.export.passphraseHint')} value={passphrase} onChange={setPassphrase} error={errorFor('passphrase')} />
        {passphrase !== '' && <PassphraseField id="export-confirm" label={t('workbookBackup.export.confirm')} value={confirm} onChange={setConfirm} error={errorFor('confirm')} />}
        <div className="actions">
          <button type="submit" className="button" disabled={state.kind === 'working'}>
            {t('workbookBackup.export.run')}
          </button>
        </div>
      </form>
      {state.kind === 'working' && <ProgressBar label={t('workbookBackup.export.working')} />}
      {state.kind === 'done' && <Notice tone={state.tone}>{state.text}</Notice>}
    </div>
  );
}
