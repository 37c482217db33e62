import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { completeFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';
import { bindHost } from './support/host';
import { pdfText } from './support/pdf';
import { openSettings, renameFacility, section } from './support/workbook-backup';

test('a printed binder is recorded where it is kept, and the home asks for a reprint once the data changed', async ({ page, server, host }) => {
  test.slow(); // two PDFs
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'みなと病院' });
  await page.getByTestId('tile-print').click();
  await page.getByRole('region', { name: '表紙（施設情報・目次）' }).getByRole('button', { name: 'PDF を作成' }).click();
  await expect(page.getByTestId('print-saved')).toBeVisible({ timeout: 60_000 }); // fonts load slowly on a busy machine
  const recorder = page.getByTestId('printed-copy-recorder');
  await recorder.getByRole('button', { name: '保管場所を記録' }).click();
  await expect(recorder.getByText('入力してください。')).toBeVisible(); // the place is required
  await recorder.getByLabel('保管場所', { exact: true }).fill('災害対策本部 書庫 2 段目');
  await recorder.getByLabel('版', { exact: true }).fill('第1版');
  await recorder.getByRole('button', { name: '保管場所を記録' }).click();
  await expect(recorder.getByText('保管台帳に記録しました。')).toBeVisible();

  await openSettings(page);
  await renameFacility(page, 'みなと総合病院');
  await page.getByRole('navigation').getByRole('link', { name: '非常時ホーム' }).click();
  await expect(page.getByTestId('stale-print')).toContainText('災害対策本部 書庫 2 段目');
  await expect(page.getByTestId('stale-print')).toContainText('施設情報が 1 件変わっています — 印刷し直してください');
  await page.getByRole('link', { name: '印刷画面へ' }).click();
  const register = page.getByRole('region', { name: '印刷物の保管台帳' });
  await expect(register.getByTestId('printed-copies')).toContainText('施設情報が 1 件変わっています');
  await register.getByRole('button', { name: '保管台帳を印刷' }).click();
  await expect(page.getByTestId('print-saved')).toHaveText(/印刷物の保管台帳/, { timeout: 60_000 });
  const file = host!.savedPaths.at(-1)!;
  const text = pdfText(file).replace(/\s+/g, ''); // table cells may wrap
  expect(text).toContain('印刷物の保管台帳');
  expect(text).toContain('災害対策本部書庫2段目');
  expect(text).toContain('施設情報が1件変わっています');
  await copyFile(file, test.info().outputPath('printed-copy-register.pdf'));
});

test('the editing PC publishes a signed copy; a paired reader takes it, and refuses a tampered one', async ({ page, server, host, browser }) => {
  test.slow(); // two browser profiles, each through first run
  const shared = path.join(host!.saveDir, 'shared-folder');
  host!.folderChoices.push(shared);
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'みなと病院' });
  await openSettings(page);
  const publish = section(page, '配布用コピーの公開（この PC で編集）');
  await publish.getByRole('button', { name: '公開先フォルダを追加…' }).click();
  await expect(publish.getByRole('row').filter({ hasText: 'shared-folder' })).toBeVisible();
  await publish.getByRole('button', { name: '今すぐ公開' }).click();
  await expect(publish.getByText(/すべてのフォルダに公開し、読み直して確認しました（令和\d+年\d+月\d+日\d+時時点）/)).toBeVisible();
  const fingerprint = (await publish.getByTestId('publisher-fingerprint').textContent())!;
  expect(fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  const copyFile = path.join(shared, 'bcp-workbook.bcpcopy');
  expect((await readFile(copyFile)).subarray(0, 7).toString('latin1')).toBe('BCPCOPY');

  // A second PC: its own browser profile, the same host services, the same shared folder.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const errors: string[] = [];
  reader.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  const readerHost = await bindHost(reader, server.origin, path.join(host!.saveDir, 'reader'));
  readerHost.folderChoices.push(shared);
  await openApp(reader, server);
  await completeFirstRun(reader, { facilityName: '閲覧用 PC', userName: '佐藤 一郎' });
  await openSettings(reader);
  const receive = section(reader, '配布用コピーの受け取り（この PC は閲覧用）');
  await receive.getByRole('button', { name: 'フォルダを選ぶ…' }).click();
  await expect(receive.getByTestId('offered-fingerprint')).toHaveText(fingerprint);
  await receive.getByLabel('編集用 PC に表示されている指紋').fill('0000 0000 0000 0000 0000 0000 0000 0000');
  await receive.getByRole('button', { name: 'この鍵を信頼して受け取る' }).click();
  await reader.getByRole('dialog').getByRole('button', { name: 'この鍵を信頼して受け取る' }).click();
  await expect(receive.getByText('指紋が一致しません。')).toBeVisible();
  await receive.getByLabel('編集用 PC に表示されている指紋').fill(fingerprint.toLowerCase().replace(/ /g, '-'));
  await receive.getByRole('button', { name: 'この鍵を信頼して受け取る' }).click();
  await reader.getByRole('dialog').getByRole('button', { name: 'この鍵を信頼して受け取る' }).click();
  await expect(reader.getByTestId('facility-name')).toHaveText('みなと病院');
  const asOf = reader.getByTestId('copy-as-of');
  await expect(asOf).toHaveText(/^令和\d+年\d+月\d+日\d+時時点$/);
  const asOfText = await asOf.textContent();
  await expect(reader.getByTestId('reader-pairing')).toContainText(fingerprint);

  // Someone edits the copy in the shared folder: the reader refuses it and keeps what it has.
  await renameFacility(page, 'みなと総合病院');
  await publish.getByRole('button', { name: '今すぐ公開' }).click();
  await expect(publish.getByText(/すべてのフォルダに公開し/)).toBeVisible();
  const bytes = await readFile(copyFile);
  bytes[bytes.length - 200]! ^= 0x01;
  await writeFile(copyFile, bytes);
  await receive.getByRole('button', { name: '今すぐ確認' }).click();
  await expect(receive.getByRole('alert').filter({ hasText: '改ざんや破損の可能性' }).first()).toBeVisible();
  await expect(reader.getByTestId('facility-name')).toHaveText('みなと病院');
  await expect(asOf).toHaveText(asOfText!);
  await expect(reader.getByTestId('copy-refused')).toBeVisible();
  await receive.screenshot({ path: test.info().outputPath('reader-settings.png') });

  // The editing PC publishes again: the reader takes the good copy.
  await publish.getByRole('button', { name: '今すぐ公開' }).click();
  await expect(publish.getByText(/すべてのフォルダに公開し/)).toBeVisible();
  await receive.getByRole('button', { name: '今すぐ確認' }).click();
  await expect(reader.getByTestId('facility-name')).toHaveText('みなと総合病院');
  await expect(reader.getByTestId('copy-refused')).toHaveCount(0);
  expect(errors).toEqual([]);
  await readerContext.close();
});
