import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge, type ResponseOf } from '../../bridge/client';
import { writeSetting } from '../../db/settings';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Dialog } from '../../ui/Dialog';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { runBackup, useBackupRun } from './useBackupRun';
import { formatBytes } from '../../base/byte-size';
import { formatDateTime } from '../../domain/date-text';

type Generations = ResponseOf<'listBackupGenerations'>;

/** 設定 → 自動バックアップ: folders, generations kept, the last verified backup per folder, and a manual run. */
export function AutoBackupSection() {
  const { t, i18n } = useTranslation();
  const { db, settings, writer, editLock } = useWorkbook();
  // Where backups go is the administrator's decision: changing it needs the lock open (running one does not).
  const locked = editLock.locked;
  const storageMessage = useStorageErrorMessage();
  const run = useBackupRun();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [keep, setKeep] = useState(String(settings.backupGenerations));
  const [listing, setListing] = useState<{ folder: string; result: Generations } | null>(null);
  const folders = settings.backupFolders;
  const hostMessage = (code: string) => t(`workbookBackup.hostError.${code}`, { defaultValue: t('workbookBackup.hostError.unknown') });

  async function addFolder() {
    setMessage(null);
    const result = await bridge().chooseBackupFolder({});
    if (result.status === 'cancelled') return;
    if (result.status === 'failed') return setMessage({ tone: 'error', text: hostMessage(result.code) });
    if (folders.includes(result.folder)) return setMessage({ tone: 'error', text: t('workbookBackup.autoBackup.duplicate') });
    if (folders.length >= 10) return setMessage({ tone: 'error', text: t('workbookBackup.autoBackup.tooMany') });
    try {
      await writeSetting(db, 'backupFolders', [...folders, result.folder], writer);
    } catch (error) {
      setMessage({ tone: 'error', text: storageMessage(error) });
    }
  }

  async function removeFolder(folder: string) {
    try {
      await writeSetting(db, 'backupFolders', folders.filter((f) => f !== folder), writer);
    } catch (error) {
      setMessage({ tone: 'error', text: storageMessage(error) });
    }
  }

  async function saveKeep() {
    const value = Number(keep);
    if (!Number.isInteger(value) || value < 1 || value > 100) return setMessage({ tone: 'error', text: t('workbookBackup.autoBackup.generationsHint') });
    try {
      await writeSetting(db, 'backupGenerations', value, writer);
      setMessage({ tone: 'ok', text: t('editLock.saved') });
    } catch (error) {
      setMessage({ tone: 'error', text: storageMessage(error) });
    }
  }

  async function runNow() {
    setMessage(null);
    const outcomes = await runBackup(db, folders, settings.backupGenerations);
    if (!outcomes) return;
    setMessage(outcomes.every((o) => o.ok) ? { tone: 'ok', text: t('workbookBackup.autoBackup.done') } : { tone: 'error', text: t('workbookBackup.autoBackup.partial') });
  }

  async function showGenerations(folder: string) {
    setListing({ folder, result: await bridge().listBackupGenerations({ folder }) });
  }

  return (
    <div className="card" id="auto-backup">
      <h2>{t('workbookBackup.autoBackup.heading')}</h2>
      <p>{t('workbookBackup.autoBackup.lead')}</p>
      {window.bcp === undefined && <Notice tone="demo">{t('workbookBackup.autoBackup.unsupported')}</Notice>}
      {folders.length === 0 ? (
        <p className="muted">{t('workbookBackup.autoBackup.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="list" data-testid="backup-folders">
            <thead>
              <tr>
                <th>{t('workbookBackup.autoBackup.folder')}</th>
                <th>{t('workbookBackup.autoBackup.lastVerified')}</th>
                <th>{t('workbookBackup.autoBackup.status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {folders.map((folder) => {
                const status = settings.backupStatus[folder];
                const verified = status?.lastVerified;
                return (
                  <tr key={folder}>
                    <td className="folder-path">{folder}</td>
                    <td>{verified ? formatDateTime(verified.at, i18n.language) + t('punct.parens', { text: formatBytes(verified.bytes) }) : t('workbookBackup.autoBackup.never')}</td>
                    <td>
                      {status?.failure ? (
                        <span className="status-failed" role="alert">
                          {t('workbookBackup.autoBackup.failed', { message: hostMessage(status.failure) })} {t('workbookBackup.autoBackup.failedAt', { at: formatDateTime(status.lastAttemptAt, i18n.language) })}
                        </span>
                      ) : verified ? (
                        <span className="status-ok">✔ {t('workbookBackup.autoBackup.ok')}</span>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td className="actions">
                      <button type="button" className="button secondary" onClick={() => void showGenerations(folder)}>
                        {t('workbookBackup.autoBackup.list')}
                      </button>
                      <ConfirmButton label={t('workbookBackup.autoBackup.remove')} question={t('workbookBackup.autoBackup.removeConfirm')} disabled={locked} onConfirm={() => void removeFolder(folder)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => void addFolder()} disabled={locked || window.bcp === undefined}>
          {t('workbookBackup.autoBackup.add')}
        </button>
        <button type="button" className="button" onClick={() => void runNow()} disabled={run.running || folders.length === 0}>
          {t('workbookBackup.autoBackup.runNow')}
        </button>
      </div>
      {run.running && run.progress && (
        <ProgressBar label={t('workbookBackup.autoBackup.running', { done: run.progress.done, total: run.progress.total })} fraction={run.progress.total ? run.progress.done / run.progress.total : undefined} />
      )}
      <div className="field inline-field">
        <label htmlFor="backup-generations">{t('workbookBackup.autoBackup.generations')}</label>
        <input id="backup-generations" type="number" disabled={locked} min={1} max={100} value={keep} onChange={(e) => setKeep(e.target.value)} aria-describedby="backup-generations-hint" />
        <span className="hint" id="backup-generations-hint">
          {t('workbookBackup.autoBackup.generationsHint')}
        </span>
        <div>
          <button type="button" className="button secondary" onClick={() => void saveKeep()} disabled={locked}>
            {t('workbookBackup.autoBackup.saveGenerations')}
          </button>
        </div>
      </div>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {listing && (
        <Dialog title={t('workbookBackup.autoBackup.listHeading', { folder: listing.folder })} onClose={() => setListing(null)}>
          <h2>{t('workbookBackup.autoBackup.listHeading', { folder: listing.folder })}</h2>
          {!listing.result.ok ? (
            <Notice tone="error">{hostMessage(listing.result.code)}</Notice>
          ) : listing.result.generations.length === 0 ? (
            <p>{t('workbookBackup.autoBackup.listEmpty')}</p>
          ) : (
            <table className="list">
              <thead>
                <tr>
                  <th>{t('workbookBackup.autoBackup.fileName')}</th>
                  <th>{t('workbookBackup.autoBackup.modifiedAt')}</th>
                  <th>{t('workbookBackup.autoBackup.size')}</th>
                  <th>{t('workbookBackup.autoBackup.check')}</th>
                </tr>
              </thead>
              <tbody>
                {listing.result.generations.map((g) => (
                  <tr key={g.fileName}>
                    <td>{g.fileName}</td>
                    <td>{g.modifiedAt ? formatDateTime(g.modifiedAt, i18n.language) : '—'}</td>
                    <td>{formatBytes(g.bytes)}</td>
                    <td>{g.intact ? `✔ ${t('workbookBackup.autoBackup.intact')}` : <strong className="status-failed">✖ {t('workbookBackup.autoBackup.damaged')}</strong>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="actions">
            <button type="button" className="button secondary" onClick={() => setListing(null)}>
              {t('common.close')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
