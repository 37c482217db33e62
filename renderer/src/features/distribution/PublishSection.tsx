import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge/client';
import { readPublisherKey, type PublisherKey } from '../../db/distribution-store';
import { writeSetting } from '../../db/settings';
import { formatAsOf } from '../../domain/distribution/as-of-text';
import { groupFingerprint } from '../../domain/distribution/signing-key';
import { formatDateTime } from '../../domain/date-text';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { publishToFolders } from './copy-runner';

/** 設定 → 配布用コピーの公開: this editing PC's signing-key fingerprint, its folders, and publishing now. */
export function PublishSection() {
  const { t, i18n } = useTranslation();
  const { db, settings, writer, editLock } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const [key, setKey] = useState<PublisherKey | null>(null);
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const folders = settings.publishFolders;
  const locked = editLock.locked;
  const hostMessage = (code: string) => t(`workbookBackup.hostError.${code}`, { defaultValue: t('workbookBackup.hostError.unknown') });

  useEffect(() => {
    void readPublisherKey(db).then(setKey, () => setKey(null));
  }, [db, working]);

  if (settings.distributedCopy) {
    return (
      <div className="card" id="copy-publish">
        <h2>{t('distribution.publish.heading')}</h2>
        <p className="muted">{t('distribution.publish.readOnly')}</p>
      </div>
    );
  }

  async function addFolder() {
    setMessage(null);
    const result = await bridge().chooseBackupFolder({});
    if (result.status === 'cancelled') return;
    if (result.status === 'failed') return setMessage({ tone: 'error', text: hostMessage(result.code) });
    if (folders.includes(result.folder)) return setMessage({ tone: 'error', text: t('distribution.publish.duplicate') });
    try {
      await writeSetting(db, 'publishFolders', [...folders, result.folder].slice(0, 10), writer);
    } catch (error) {
      setMessage({ tone: 'error', text: storageMessage(error) });
    }
  }

  async function removeFolder(folder: string) {
    try {
      await writeSetting(db, 'publishFolders', folders.filter((f) => f !== folder), writer);
    } catch (error) {
      setMessage({ tone: 'error', text: storageMessage(error) });
    }
  }

  async function publishNow() {
    setMessage(null);
    setWorking(true);
    try {
      const { asOf, outcomes } = await publishToFolders(db, folders);
      setMessage(outcomes.every((o) => o.ok) ? { tone: 'ok', text: t('distribution.publish.published', { asOf: formatAsOf(asOf, i18n.language) }) } : { tone: 'error', text: t('distribution.publish.partly') });
    } catch (error) {
      console.warn('publish failed', error);
      setMessage({ tone: 'error', text: storageMessage(error) });
    } finally {
      setWorking(false);
    }
  }

  return (
    <div className="card" id="copy-publish">
      <h2>{t('distribution.publish.heading')}</h2>
      <p>{t('distribution.publish.lead')}</p>
      <dl className="backup-manifest">
        <dt>{t('distribution.publish.fingerprint')}</dt>
        <dd>
          {key ? (
            <code className="fingerprint" data-testid="publisher-fingerprint">
              {groupFingerprint(key.fingerprint)}
            </code>
          ) : (
            <span className="muted">{t('distribution.publish.noKey')}</span>
          )}
        </dd>
      </dl>
      {key && <p className="hint">{t('distribution.publish.fingerprintHint')}</p>}
      {folders.length > 0 && (
        <div className="table-wrap">
          <table className="list">
            <thead>
              <tr>
                <th>{t('distribution.publish.folder')}</th>
                <th>{t('distribution.publish.lastPublished')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {folders.map((folder) => {
                const status = settings.publishStatus[folder];
                return (
                  <tr key={folder}>
                    <td>{folder}</td>
                    <td>
                      {status?.failure ? (
                        <span className="error">{hostMessage(status.failure)}</span>
                      ) : status?.publishedAsOf ? (
                        `✔ ${formatDateTime(status.lastAttemptAt, i18n.language)}`
                      ) : (
                        t('distribution.publish.never')
                      )}
                    </td>
                    <td>
                      <button type="button" className="button secondary" disabled={locked || working} onClick={() => void removeFolder(folder)}>
                        {t('distribution.publish.remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {locked && <Notice tone="demo">{t('editLock.needUnlock')}</Notice>}
      <div className="actions">
        <button type="button" className="button secondary" disabled={locked || working} onClick={() => void addFolder()}>
          {t('distribution.publish.addFolder')}
        </button>
        <button type="button" className="button" disabled={working || folders.length === 0} onClick={() => void publishNow()}>
          {t('distribution.publish.publishNow')}
        </button>
      </div>
      {working && <ProgressBar label={t('distribution.publish.working')} />}
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </div>
  );
}
