import { bridge } from '../../bridge/client';
import type { BcpDatabase } from '../../db/database';
import { buildPublishedCopy, recordPublishStatus, recordReaderStatus, takePublishedCopy } from '../../db/distribution-store';
import { SYSTEM_ACTOR } from '../../db/settings';
import type { ReaderPairing, ReaderStatus } from '../../domain/distribution/distribution-settings';
import { CopyRefusedError, readHeader } from '../../domain/distribution/published-copy';
import { APP_VERSION } from '../../workbook/app-version';

export interface PublishOutcome {
  folder: string;
  ok: boolean;
  code?: string;
}

/** Build, sign and self-check one copy, then write it into every folder; each folder's outcome is kept for 設定. */
export async function publishToFolders(db: BcpDatabase, folders: readonly string[]): Promise<{ asOf: string; outcomes: PublishOutcome[] }> {
  const built = await buildPublishedCopy(db, { appVersion: APP_VERSION });
  const outcomes: PublishOutcome[] = [];
  for (const folder of folders) {
    const attemptAt = new Date().toISOString();
    let result: { ok: true } | { ok: false; code: string };
    try {
      result = await bridge().publishCopy({ folder, bytes: built.bytes, sha256: built.sha256 });
    } catch (error) {
      console.warn('publish failed', error);
      result = { ok: false, code: 'unknown' };
    }
    outcomes.push(result.ok ? { folder, ok: true } : { folder, ok: false, code: result.code });
    await recordPublishStatus(db, folder, result.ok ? { lastAttemptAt: attemptAt, publishedAsOf: built.asOf } : { lastAttemptAt: attemptAt, failure: result.code });
  }
  return { asOf: built.asOf, outcomes };
}

/**
 * A reader's look at its folder: take the copy if it is newer and checks out, otherwise keep the current one and note
 * why. Problems are `host:<code>` (the folder), `no-copy`, or a CopyRefusal code.
 */
export async function checkReaderFolder(db: BcpDatabase, pairing: ReaderPairing, actor: string): Promise<ReaderStatus & { takenAsOf?: string }> {
  const checkedAt = new Date();
  const previous = (await db.settings.get('readerStatus'))?.value as ReaderStatus | undefined;
  let status: ReaderStatus & { takenAsOf?: string };
  try {
    const read = await bridge().readPublishedCopy({ folder: pairing.folder });
    if (!read.ok) status = { problem: `host:${read.code}` };
    else if (!read.found) status = { problem: 'no-copy' };
    else {
      try {
        const outcome = await takePublishedCopy(db, read.bytes, pairing, { actor: actor || SYSTEM_ACTOR, now: checkedAt });
        status = outcome.taken ? { lastTakenAt: checkedAt.toISOString(), takenAsOf: outcome.asOf } : {};
      } catch (error) {
        if (!(error instanceof CopyRefusedError)) throw error;
        let asOf: string | undefined;
        try {
          asOf = readHeader(read.bytes).header.asOf;
        } catch {
          asOf = undefined;
        }
        status = { problem: error.code, problemAsOf: asOf };
      }
    }
  } catch (error) {
    console.warn('reader check failed', error);
    status = { problem: 'host:unknown' };
  }
  const { takenAsOf, ...stored } = status;
  const next: ReaderStatus = { lastTakenAt: previous?.lastTakenAt, ...stored, lastCheckedAt: checkedAt.toISOString() };
  await recordReaderStatus(db, next);
  return { ...next, takenAsOf };
}
