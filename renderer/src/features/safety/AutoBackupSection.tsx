import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../electron/contract';
import { bridge } from '../../bridge/client';
import { writeSetting } from '../../db/settings';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Dialog } from '../../ui/Dialog';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import { useStorageErrorMessage } from '../workbook/useStorageErrorMessage';
import { useWorkbook } from '../workbook/WorkbookContext';
import { runBackup, useBackupRun } from './backup-store';
import { formatBytes, formatDateTime } from './format';

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
  const hostMessage = (code: string) => t(`safety.hostError.${code}`, { defaultValue: t('safety.hostError.unknown') });

  async function addFolder() {
    setMessage(null);
    const result = await bridge().chooseBackupFolder({});
    if (result.status === 'cancelled') return;
    if (result.status === 'failed') return setMessage({ tone: 'error', text: hostMessage(result.code) });
    if (folders.includes(result.folder)) return setMessage({ tone: 'error', text: t('safety.autoBackup.duplicate') });
    if (folders.length >= 10) return setMessage({ tone: 'error', text: t('safety.autoBackup.tooMany') });
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
    if (!Number.isInteger(value) || value < 1 || value > 100) return setMessage({ tone: 'error', text: t('safety.autoBackup.generationsHint') });
    try {
      await writeSetting(db, 'backupGenerations', value, writer);
      setMessage({ tone: 'ok', text: t('safety.lock.saved') });
    } catch (error) {
      setMessage({ tone: 'error', text: storageMessage(error) });
    }
  }

  async function runNow() {
    setMessage(null);
    const outcomes = await runBackup(db, folders, settings.backupGenerations);
    if (!outcomes) return;
    setMessage(outcomes.every((o) => o.ok) ? { tone: 'ok', text: t('safety.autoBackup.done') } : { tone: 'error', text: t('safety.autoBackup.partial') });
  }

  async function showGenerations(folder: string) {
    setListing({ folder, result: await bridge().listBackupGenerations({ folder }) });
  }

  return (
    <div className="card" id="safety-auto-backup">
      <h2>{t('safety.autoBackup.heading')}</h2>
      <p>{t('safety.autoBackup.lead')}</p>
      {window.bcp === undefined && <Notice tone="demo">{t('safety.autoBackup.unsupported')}</Notice>}
      {folders.length === 0 ? (
        <p className="muted">{t('safety.autoBackup.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="list" data-testid="backup-folders">
            <thead>
              <tr>
                <th>{t('safety.autoBackup.folder')}</th>
                <th>{t('safety.autoBackup.lastVerified')}</th>
                <th>{t('safety.autoBackup.status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {folders.map((folder) => {
                const status = settings.backupStatus[folder];
                const verified = status?.lastVerified;
                return (
                  <tr key={folder}>
                    <td className="safety-path">{folder}</td>
                    <td>{verified ? formatDateTime(verified.at, i18n.language) + t('punct.parens', { text: formatBytes(verified.bytes) }) : t('safety.autoBackup.never')}</td>
                    <td>
                      {status?.failure ? (
                        <span className="safety-failed" role="alert">
                          {t('safety.autoBackup.failed', { message: hostMessage(status.failure) })} {t('safety.autoBackup.failedAt', { at: formatDateTime(status.lastAttemptAt, i18n.language) })}
                        </span>
                      ) : verified ? (
                        <span className="safety-ok">✔ {t('safety.autoBackup.ok')}</span>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td className="actions">
                      <button type="button" className="button secondary" onClick={() => void showGenerations(folder)}>
                        {t('safety.autoBackup.list')}
                      </button>
                      <ConfirmButton label={t('safety.autoBackup.remove')} question={t('safety.autoBackup.removeConfirm')} disabled={locked} onConfirm={() => void removeFolder(folder)} />
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
          {t('safety.autoBackup.add')}
        </button>
        <button type="button" className="button" onClick={() => void runNow()} disabled={run.running || folders.length === 0}>
          {t('safety.autoBackup.runNow')}
        </button>
      </div>
      {run.running && run.progress && (
        <ProgressBar label={t('safety.autoBackup.running', { done: run.progress.done, total: run.progress.total })} fraction={run.progress.total ? run.progress.done / run.progress.total : undefined} />
      )}
      <div className="field safety-inline-field">
        <label htmlFor="safety-generations">{t('safety.autoBackup.generations')}</label>
        <input id="safety-generations" type="number" disabled={locked} min={1} max={100} value={keep} onChange={(e) => setKeep(e.target.value)} aria-describedby="safety-generations-hint" />
        <span className="hint" id="safety-generations-hint">
          {t('safety.autoBackup.generationsHint')}
        </span>
        <div>
          <button type="button" className="button secondary" onClick={() => void saveKeep()} disabled={locked}>
            {t('safety.autoBackup.saveGenerations')}
          </button>
        </div>
      </div>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {listing && (
        <Dialog title={t('safety.autoBackup.listHeading', { folder: listing.folder })} onClose={() => setListing(null)}>
          <h2>{t('safety.autoBackup.listHeading', { folder: listing.folder })}</h2>
          {!listing.result.ok ? (
            <Notice tone="error">{hostMessage(listing.result.code)}</Notice>
          ) : listing.result.generations.length === 0 ? (
            <p>{t('safety.autoBackup.listEmpty')}</p>
          ) : (
            <table className="list">
              <thead>
                <tr>
                  <th>{t('safety.autoBackup.fileName')}</th>
                  <th>{t('safety.autoBackup.modifiedAt')}</th>
                  <th>{t('safety.autoBackup.size')}</th>
                  <th>{t('safety.autoBackup.check')}</th>
                </tr>
              </thead>
              <tbody>
                {listing.result.generations.map((g) => (
                  <tr key={g.fileName}>
                    <td>{g.fileName}</td>
                    <td>{g.modifiedAt ? formatDateTime(g.modifiedAt, i18n.language) : '—'}</td>
                    <td>{formatBytes(g.bytes)}</td>
                    <td>{g.intact ? `✔ ${t('safety.autoBackup.intact')}` : <strong className="safety-failed">✖ {t('safety.autoBackup.damaged')}</strong>}</td>
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
