import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge/client';
import { ALL_TABLES, currentCounts, exportAndVerifyWorkbook, readBackupFile, restoreWorkbook, type RestoreMode } from '../../db/workbook-backup';
import { ReadOnlyError } from '../../db/read-only';
import { backupFileName, compareCopyAge } from '../../domain/workbook-backup/backup-file-name';
import { BackupFileError, isEncryptedBackup, type BackupContent } from '../../domain/workbook-backup/backup-file';
import { ActionRow } from '../../ui/ActionRow';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { backUpToFolders } from './backup-runner';
import { APP_VERSION } from '../../workbook/app-version';
import { PassphraseField } from '../../ui/PassphraseField';
import { formatDateTime, formatInstantDate } from '../../domain/date-text';

type Step =
  | { kind: 'choose' }
  | { kind: 'verifying' }
  | { kind: 'passphrase'; bytes: Uint8Array; wrong: boolean }
  | { kind: 'preview'; content: BackupContent; current: Record<string, number> }
  | { kind: 'working'; label: string }
  | { kind: 'done' };

interface Props {
  mode: 'restore' | 'distributed-copy';
  disabled: boolean;
}

/**
 * Pick a .bcpbak → verify (and ask its passphrase) → show its manifest and counts beside the current data → on
 * confirmation, save the current state first (to the backup folders, or as a file when there are none), then
 * replace every table in one transaction. Any refusal leaves the workbook exactly as it was.
 */
export function RestoreFlow({ mode, disabled }: Props) {
  const { t, i18n } = useTranslation();
  const { db, settings, writer, facility } = useWorkbook();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const prefix = mode === 'restore' ? 'restore' : 'copy';

  const fileMessage = (e: unknown) => (e instanceof BackupFileError ? t(`workbookBackup.fileError.${e.code}`) : t('workbookBackup.fileError.unreadable'));

  function reset() {
    setStep({ kind: 'choose' });
    setPassphrase('');
    if (input.current) input.current.value = '';
  }

  async function open(bytes: Uint8Array, pass?: string) {
    setError(null);
    setStep({ kind: 'verifying' });
    try {
      if (pass === undefined && (await isEncryptedBackup(bytes))) return setStep({ kind: 'passphrase', bytes, wrong: false });
      const content = await readBackupFile(bytes, pass);
      if (mode === 'distributed-copy') {
        const age = compareCopyAge(settings.distributedCopy?.asOf, content.manifest.createdAt);
        if (age !== 'newer') {
          reset();
          const when = { current: formatInstantDate(settings.distributedCopy!.asOf, i18n.language), incoming: formatInstantDate(content.manifest.createdAt, i18n.language) };
          return setError(age === 'same' ? t('workbookBackup.copy.same') : t('workbookBackup.copy.older', when));
        }
      }
      setStep({ kind: 'preview', content, current: await currentCounts(db) });
    } catch (e) {
      if (e instanceof BackupFileError && e.code === 'wrong-passphrase') return setStep({ kind: 'passphrase', bytes, wrong: true });
      reset();
      setError(fileMessage(e));
    }
  }

  async function pickFile(file: File | undefined) {
    if (!file) return;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return setError(t('workbookBackup.fileError.unreadable'));
    }
    await open(bytes);
  }

  /** The state before the restore must be safe somewhere, or nothing is restored. */
  async function savePreRestore(): Promise<string | null> {
    if (settings.backupFolders.length > 0) {
      const outcomes = await backUpToFolders(db, settings.backupFolders, settings.backupGenerations, undefined, 'pre-restore');
      const failed = outcomes.find((o) => !o.ok);
      return outcomes.some((o) => o.ok) ? null : t(`workbookBackup.hostError.${failed?.code ?? 'unknown'}`);
    }
    const { bytes } = await exportAndVerifyWorkbook(db, { appVersion: APP_VERSION, purpose: 'pre-restore' });
    const saved = await bridge().saveBackupFile({ suggestedName: backupFileName(`${facility?.name ?? ''}_復元前`, new Date()), bytes });
    if (saved.status === 'saved') return null;
    return saved.status === 'cancelled' ? t('workbookBackup.export.cancelled') : t(`workbookBackup.hostError.${saved.code}`);
  }

  async function apply(content: BackupContent) {
    // The idle lock may have closed while the preview was open.
    if (disabled) return setError(t('editLock.needUnlock'));
    setError(null);
    setStep({ kind: 'working', label: settings.backupFolders.length > 0 ? t('workbookBackup.restore.preBackup') : t('workbookBackup.restore.preBackupDownload') });
    try {
      const problem = await savePreRestore();
      if (problem) {
        setStep({ kind: 'preview', content, current: await currentCounts(db) });
        return setError(t('workbookBackup.restore.preBackupFailed', { message: problem }));
      }
      setStep({ kind: 'working', label: t('workbookBackup.restore.applying') });
      const restoreMode: RestoreMode = mode === 'restore' ? { kind: 'restore' } : { kind: 'distributed-copy', importedAt: new Date() };
      await restoreWorkbook(db, content, { actor: writer.actor, mode: restoreMode });
      setStep({ kind: 'done' });
    } catch (e) {
      console.warn('restore failed', e);
      reset();
      setError(e instanceof ReadOnlyError ? t('editLock.needUnlock') : t('workbookBackup.restore.failed'));
    }
  }

  return (
    <div data-testid={`${mode}-flow`}>
      {(step.kind === 'choose' || step.kind === 'done') && (
        <div className="field">
          <label htmlFor={`${mode}-file`}>{t(`workbookBackup.${prefix}.choose`)}</label>
          <input id={`${mode}-file`} ref={input} type="file" accept=".bcpbak" disabled={disabled} onChange={(e) => void pickFile(e.target.files?.[0])} />
        </div>
      )}
      {step.kind === 'verifying' && <ProgressBar label={t('workbookBackup.restore.verifying')} />}
      {step.kind === 'passphrase' && (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void open(step.bytes, passphrase);
          }}
        >
          <PassphraseField
            id={`${mode}-passphrase`}
            label={t('workbookBackup.restore.passphrase')}
            hint={t('workbookBackup.fileError.passphrase-required')}
            value={passphrase}
            onChange={setPassphrase}
            error={step.wrong ? t('workbookBackup.fileError.wrong-passphrase') : undefined}
          />
          <ActionRow onCancel={reset} cancelLabel={t('workbookBackup.restore.cancel')}>
            <button type="submit" className="button" disabled={disabled || passphrase === ''}>
              {t('workbookBackup.restore.unlockFile')}
            </button>
          </ActionRow>
        </form>
      )}
      {step.kind === 'preview' && (
        <>
          <h3>{t('workbookBackup.restore.manifestHeading')}</h3>
          <dl className="backup-manifest">
            <dt>{t('workbookBackup.restore.facility')}</dt>
            <dd data-testid="manifest-facility">{step.content.manifest.facilityName}</dd>
            <dt>{t('workbookBackup.restore.createdAt')}</dt>
            <dd>{formatDateTime(step.content.manifest.createdAt, i18n.language)}</dd>
            <dt>{t('workbookBackup.restore.purpose')}</dt>
            <dd>{t(`workbookBackup.purpose.${step.content.manifest.purpose}`)}</dd>
            <dt>{t('workbookBackup.restore.appVersion')}</dt>
            <dd>{step.content.manifest.appVersion || '—'}</dd>
          </dl>
          <div className="table-wrap">
            <table className="list backup-counts">
              <thead>
                <tr>
                  <th>{t('workbookBackup.restore.table')}</th>
                  <th>{t('workbookBackup.restore.inBackup')}</th>
                  <th>{t('workbookBackup.restore.current')}</th>
                </tr>
              </thead>
              <tbody>
                {ALL_TABLES.filter((table) => (step.content.manifest.counts[table] ?? 0) > 0 || (step.current[table] ?? 0) > 0).map((table) => (
                  <tr key={table}>
                    <td>{t(`tables.${table}`)}</td>
                    <td className="number">{step.content.manifest.counts[table] ?? 0}</td>
                    <td className="number">{step.current[table] ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ActionRow onCancel={reset} cancelLabel={t('workbookBackup.restore.cancel')}>
            <ConfirmButton
              className="button danger"
              label={t(`workbookBackup.${prefix}.run`)}
              question={t(`workbookBackup.${prefix}.confirm`)}
              disabled={disabled}
              onConfirm={() => void apply(step.content)}
            />
          </ActionRow>
        </>
      )}
      {step.kind === 'working' && <ProgressBar label={step.label} />}
      {step.kind === 'done' && <Notice tone="ok">{t(`workbookBackup.${prefix}.done`)}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
