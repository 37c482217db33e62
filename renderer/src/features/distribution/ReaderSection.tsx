import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge/client';
import { recordReaderStatus, takePublishedCopy } from '../../db/distribution-store';
import { settingSchemas, writeSetting } from '../../db/settings';
import { formatAsOf } from '../../domain/distribution/as-of-text';
import { CopyRefusedError, readHeader, type PublishedCopyHeader } from '../../domain/distribution/published-copy';
import { fingerprintOf, groupFingerprint, normaliseFingerprint } from '../../domain/distribution/signing-key';
import { formatDateTime } from '../../domain/date-text';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Field, fieldAria } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { checkReaderFolder } from './copy-runner';
import { readerProblemText } from './problem-text';

type Offer = { folder: string; bytes: Uint8Array; header: PublishedCopyHeader };

/**
 * 設定 → 配布用コピーの受け取り: pair this PC with a folder and the editing PC's key (the person types the fingerprint
 * shown there), then see the last look, look now, set the age that counts as old, or stop.
 */
export function ReaderSection() {
  const { t, i18n } = useTranslation();
  const { db, settings, writer, editLock } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const [offer, setOffer] = useState<Offer | null>(null);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | undefined>();
  const [working, setWorking] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [maxAge, setMaxAge] = useState(String(settings.copyMaxAgeDays));
  const pairing = settings.readerPairing;
  const status = settings.readerStatus;
  const locked = editLock.locked;
  const hostMessage = (code: string) => t(`workbookBackup.hostError.${code}`, { defaultValue: t('workbookBackup.hostError.unknown') });
  const refusal = (error: unknown, asOf?: string) =>
    error instanceof CopyRefusedError ? readerProblemText(error.code, asOf, t, i18n.language) : storageMessage(error);

  async function chooseFolder() {
    setMessage(null);
    setOffer(null);
    const chosen = await bridge().chooseBackupFolder({});
    if (chosen.status === 'cancelled') return;
    if (chosen.status === 'failed') return setMessage({ tone: 'error', text: hostMessage(chosen.code) });
    const read = await bridge().readPublishedCopy({ folder: chosen.folder });
    if (!read.ok) return setMessage({ tone: 'error', text: hostMessage(read.code) });
    if (!read.found) return setMessage({ tone: 'error', text: t('distribution.reader.noCopy') });
    try {
      setOffer({ folder: chosen.folder, bytes: read.bytes, header: readHeader(read.bytes).header });
    } catch (error) {
      setMessage({ tone: 'error', text: refusal(error) });
    }
  }

  /** The typed fingerprint must be the one the copy's key really has, not merely the one its header claims. */
  async function checkTyped(current: Offer): Promise<string | null> {
    const fingerprint = normaliseFingerprint(typed);
    if (!fingerprint) {
      setTypedError(t('distribution.reader.fingerprintInvalid'));
      return null;
    }
    if (fingerprint !== current.header.keyFingerprint || (await fingerprintOf(current.header.publicKey)) !== fingerprint) {
      setTypedError(t('distribution.reader.mismatch'));
      return null;
    }
    setTypedError(undefined);
    return fingerprint;
  }

  async function pair(current: Offer) {
    const fingerprint = await checkTyped(current);
    if (!fingerprint) return;
    setWorking(t('distribution.reader.checking'));
    setMessage(null);
    try {
      const trusted = { publicKey: current.header.publicKey, fingerprint };
      await takePublishedCopy(db, current.bytes, trusted, { actor: writer.actor, pairing: true });
      const now = new Date().toISOString();
      await writeSetting(db, 'readerPairing', { folder: current.folder, ...trusted, pairedAt: now }, writer);
      await recordReaderStatus(db, { lastCheckedAt: now, lastTakenAt: now });
      setOffer(null);
      setTyped('');
      setMessage({ tone: 'ok', text: t('distribution.reader.taken', { asOf: formatAsOf(current.header.asOf, i18n.language) }) });
    } catch (error) {
      setMessage({ tone: 'error', text: refusal(error, current.header.asOf) });
    } finally {
      setWorking(null);
    }
  }

  async function checkNow() {
    if (!pairing) return;
    setMessage(null);
    setWorking(t('distribution.reader.checking'));
    try {
      const result = await checkReaderFolder(db, pairing, writer.actor);
      if (result.problem) setMessage({ tone: 'error', text: readerProblemText(result.problem, result.problemAsOf, t, i18n.language) });
      else setMessage({ tone: 'ok', text: result.takenAsOf ? t('distribution.reader.taken', { asOf: formatAsOf(result.takenAsOf, i18n.language) }) : t('distribution.reader.same') });
    } finally {
      setWorking(null);
    }
  }

  async function saveMaxAge() {
    const parsed = /^\d+$/.test(maxAge.trim()) ? settingSchemas.copyMaxAgeDays.safeParse(Number(maxAge)) : undefined;
    if (!parsed?.success) return setMessage({ tone: 'error', text: t('distribution.reader.maxAgeInvalid') });
    try {
      await writeSetting(db, 'copyMaxAgeDays', parsed.data, writer);
      setMessage({ tone: 'ok', text: t('distribution.reader.saved') });
    } catch (error) {
      setMessage({ tone: 'error', text: storageMessage(error) });
    }
  }

  return (
    <div className="card" id="copy-reader">
      <h2>{t('distribution.reader.heading')}</h2>
      <p>{t('distribution.reader.lead')}</p>
      {pairing ? (
        <>
          <p>
            <strong data-testid="reader-pairing">{t('distribution.reader.paired', { folder: pairing.folder, fingerprint: groupFingerprint(pairing.fingerprint) })}</strong>
          </p>
          {status.lastCheckedAt && <p className="muted">{t('distribution.reader.lastChecked', { at: formatDateTime(status.lastCheckedAt, i18n.language) })}</p>}
          {status.problem && <Notice tone="error">{readerProblemText(status.problem, status.problemAsOf, t, i18n.language)}</Notice>}
          <div className="actions">
            <button type="button" className="button" disabled={working !== null} onClick={() => void checkNow()}>
              {t('distribution.reader.checkNow')}
            </button>
            <ConfirmButton
              label={t('distribution.reader.unpair')}
              question={t('distribution.reader.unpairConfirm')}
              disabled={locked || working !== null}
              onConfirm={() => void writeSetting(db, 'readerPairing', null, writer).catch((e: unknown) => setMessage({ tone: 'error', text: storageMessage(e) }))}
            />
          </div>
        </>
      ) : (
        <>
          <p className="muted">{t('distribution.reader.notPaired')}</p>
          {locked && <Notice tone="demo">{t('editLock.needUnlock')}</Notice>}
          <div className="actions">
            <button type="button" className="button secondary" disabled={locked || working !== null} onClick={() => void chooseFolder()}>
              {t('distribution.reader.chooseFolder')}
            </button>
          </div>
          {offer && (
            <form
              className="form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
              }}
            >
              <dl className="backup-manifest">
                <dt>{t('distribution.reader.folder')}</dt>
                <dd>{offer.folder}</dd>
                <dt>{t('distribution.reader.offered')}</dt>
                <dd>
                  <code className="fingerprint" data-testid="offered-fingerprint">
                    {groupFingerprint(offer.header.keyFingerprint)}
                  </code>
                </dd>
                <dt>{t('distribution.reader.offeredAsOf')}</dt>
                <dd>{formatAsOf(offer.header.asOf, i18n.language)}</dd>
              </dl>
              <Field id="reader-fingerprint" label={t('distribution.reader.typeFingerprint')} hint={t('distribution.reader.fingerprintHint')} error={typedError}>
                <input
                  {...fieldAria('reader-fingerprint', { hint: true, error: typedError })}
                  value={typed}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(e) => {
                    setTyped(e.target.value);
                    setTypedError(undefined);
                  }}
                />
              </Field>
              <div className="actions">
                <ConfirmButton className="button" label={t('distribution.reader.pair')} question={t('distribution.reader.pairConfirm')} disabled={locked || working !== null || typed.trim() === ''} onConfirm={() => void pair(offer)} />
              </div>
            </form>
          )}
        </>
      )}
      <div className="field inline">
        <label htmlFor="copy-max-age">{t('distribution.reader.maxAge')}</label>
        <input id="copy-max-age" type="number" min={1} max={365} step={1} inputMode="numeric" value={maxAge} disabled={locked} onChange={(e) => setMaxAge(e.target.value)} />
        <button type="button" className="button secondary" disabled={locked} onClick={() => void saveMaxAge()}>
          {t('distribution.reader.maxAgeSave')}
        </button>
      </div>
      {working && <ProgressBar label={working} />}
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </div>
  );
}
