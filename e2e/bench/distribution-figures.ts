/**
 * Copies on other PCs, timed on the large synthetic workbook (Node, fake-indexeddb): `publish` is what the editing PC
 * does per publication (snapshot → .bcpbak → verify → sign → check the signed file → write into a folder, read back,
 * rename); `verify` is a reader's look (read the folder's file → signature, hash, and the workbook inside checked).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildPublishedCopy, openVerifiedCopy, publisherSigner } from '../../renderer/src/db/distribution-store';
import type { BcpDatabase } from '../../renderer/src/db/database';
import { publishCopy, readPublishedCopy } from '../../electron/services/published-copies';
import { summarize, timeRuns } from './stats';

export async function publishAndVerify(db: BcpDatabase, runs: number) {
  const folder = await mkdtemp(path.join(tmpdir(), 'bcp-bench-copy-'));
  try {
    const signer = await publisherSigner(db);
    let fileBytes = 0;
    const publishMs = await timeRuns(runs, async () => {
      const built = await buildPublishedCopy(db, { appVersion: 'bench' });
      fileBytes = (await publishCopy(folder, built.bytes, built.sha256)).bytes;
    });
    const verifyMs = await timeRuns(runs, async () => {
      const read = await readPublishedCopy(folder, Number.MAX_SAFE_INTEGER);
      if (!read.found) throw new Error('the published copy is missing');
      await openVerifiedCopy(read.bytes, signer);
    });
    return { fileBytes, publish: summarize(publishMs), verify: summarize(verifyMs) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
