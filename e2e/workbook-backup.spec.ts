import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { completeFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';
import { pdfText } from './support/pdf';
import { openSettings, renameFacility, section } from './support/workbook-backup';

const isGeneration = (name: string) => /^bcp-\d{8}-\d{6}-\d{3}-[0-9a-f]{6}\.bcpbak$/.test(name);

test('a backup folder receives verified generations after changes, and a removed drive is shown, never silent', async ({ page, server, host }) => {
  const usb = path.join(host!.saveDir, 'usb-drive');
  host!.folderChoices.push(path.join(host!.saveDir, 'local-disk'), usb);
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'みなと病院' });
  await expect(page.getByText('自動バックアップの保存先が設定されていません')).toBeVisible();
  await openSettings(page);
  const card = section(page, '自動バックアップ');

  await card.getByRole('button', { name: 'フォルダを追加…' }).click();
  const row = card.getByRole('row').filter({ hasText: 'local-disk' });
  // A new folder is backed up at once, and its read-back check shows as 正常 with the time.
  await expect(row.getByText('✔ 正常')).toBeVisible();
  await expect(row).toContainText(/令和\d+年\d+月\d+日/);
  const folder = path.join(host!.saveDir, 'local-disk');
  expect((await readdir(folder)).filter(isGeneration)).toHaveLength(1);

  await renameFacility(page, 'みなと総合病院');
  await card.getByRole('button', { name: '今すぐバックアップ' }).click();
  await expect(card.getByText('すべてのフォルダにバックアップし、読み直して確認しました。')).toBeVisible();
  const generations = (await readdir(folder)).filter(isGeneration).sort();
  expect(generations).toHaveLength(2);
  const newest = await readFile(path.join(folder, generations.at(-1)!));
  expect(newest.subarray(0, 6).toString('latin1')).toBe('BCPBAK');
  expect(newest.includes(Buffer.from('みなと総合病院'))).toBe(true);

  await card.getByRole('button', { name: '世代一覧' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('row').filter({ hasText: '✔ 正常' })).toHaveCount(2);
  await dialog.getByRole('button', { name: '閉じる' }).click();

  // A USB drive that is added, then pulled out.
  await card.getByRole('button', { name: 'フォルダを追加…' }).click();
  await expect(card.getByRole('row').filter({ hasText: 'usb-drive' }).getByText('✔ 正常')).toBeVisible();
  await rm(usb, { recursive: true, force: true });
  await card.getByRole('button', { name: '今すぐバックアップ' }).click();
  await expect(card.getByText('一部のフォルダに書き込めませんでした。')).toBeVisible();
  await expect(card.getByRole('row').filter({ hasText: 'usb-drive' })).toContainText('フォルダが見つかりません（USB メモリが外れている');
  await expect(page.getByRole('link', { name: '⚠ 自動バックアップ失敗' })).toBeVisible();
  await card.screenshot({ path: test.info().outputPath('settings-backups.png') });
  await page.getByRole('navigation').getByRole('link', { name: '非常時ホーム' }).click();
  await expect(page.getByText(/自動バックアップに失敗したフォルダがあります：.*usb-drive/)).toBeVisible();
});

test('restore: a wrong passphrase or a damaged file is refused and changes nothing; the right one restores', async ({ page, server, host }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'さくら病院' });
  await openSettings(page);

  const exportCard = section(page, 'バックアップファイルの書き出し');
  await exportCard.getByLabel('パスフレーズ（任意）').fill('正しいパスフレーズ');
  await exportCard.getByLabel('パスフレーズ（確認）').fill('正しいパスフレーズ');
  await exportCard.getByRole('button', { name: '書き出す' }).click();
  await expect(exportCard.getByText(/さくら病院_バックアップ_\d{8}-\d{4}\.bcpbak を保存しました/)).toBeVisible();
  const exported = host!.savedPaths[0]!;

  await renameFacility(page, 'さくら病院（変更後）');
  const restoreCard = section(page, 'バックアップから復元');

  // Damaged (one byte changed): its own message, nothing changed.
  const damaged = path.join(host!.saveDir, 'damaged.bcpbak');
  const bytes = await readFile(exported);
  bytes[200] = bytes[200]! ^ 0xff;
  await writeFile(damaged, bytes);
  await restoreCard.getByLabel('バックアップファイルを選択').setInputFiles(damaged);
  await expect(restoreCard.getByText('ファイルが破損しているか、書き換えられています')).toBeVisible();

  // Wrong passphrase: the error, and the current data unchanged.
  await restoreCard.getByLabel('バックアップファイルを選択').setInputFiles(exported);
  await restoreCard.getByLabel('パスフレーズ', { exact: true }).fill('違うパスフレーズ');
  await restoreCard.getByRole('button', { name: '開く' }).click();
  await expect(restoreCard.getByText('パスフレーズが違います。入力し直してください。')).toBeVisible();
  await restoreCard.screenshot({ path: test.info().outputPath('restore-wrong-passphrase.png') });
  await expect(page.getByTestId('facility-name')).toHaveText('さくら病院（変更後）');

  // The right passphrase: manifest and counts, then the restore (the current state is saved first).
  await restoreCard.getByLabel('パスフレーズ', { exact: true }).fill('正しいパスフレーズ');
  await restoreCard.getByRole('button', { name: '開く' }).click();
  await expect(restoreCard.getByTestId('manifest-facility')).toHaveText('さくら病院');
  await expect(restoreCard.getByRole('row').filter({ hasText: '施設情報' })).toContainText('1');
  await restoreCard.screenshot({ path: test.info().outputPath('restore-preview.png') });
  await restoreCard.getByRole('button', { name: 'この内容で復元する' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'この内容で復元する' }).click();
  await expect(restoreCard.getByText('復元しました。')).toBeVisible();
  await expect(page.getByTestId('facility-name')).toHaveText('さくら病院');
  expect(host!.savedPaths.at(-1)).toMatch(/さくら病院（変更後）_復元前_バックアップ_\d{8}-\d{4}\.bcpbak$/);

  // The audit trail records the restore and its chain still holds.
  await page.getByRole('navigation').getByRole('link', { name: '監査ログ' }).click();
  await expect(page.getByRole('row').filter({ hasText: '復元' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'ハッシュ連鎖を検証' }).click();
  await expect(page.getByTestId('audit-verdict')).toContainText('すべての連鎖が正しくつながっています');
  await page.getByRole('button', { name: 'この条件で印刷（PDF）' }).click();
  await expect(page.getByTestId('print-saved')).toBeVisible();
  const pdf = pdfText(host!.savedPaths.at(-1)!).replace(/\s+/g, '');
  expect(pdf).toContain('監査ログ');
  expect(pdf).toContain('すべての連鎖が正しくつながっています');
  await page.screenshot({ path: test.info().outputPath('audit.png'), fullPage: true });
});

test('edit lock: opens locked after a reload, a wrong passphrase is refused, the right one unlocks (audited)', async ({ page, server, host }) => {
  void host;
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'ロック病院' });
  await openSettings(page);
  const card = section(page, '編集ロック');
  await card.getByLabel('管理者パスフレーズ', { exact: true }).fill('kanri-pass-01');
  await card.getByLabel('管理者パスフレーズ（確認）').fill('kanri-pass-02');
  await card.getByRole('button', { name: 'パスフレーズを設定' }).click();
  await expect(card.getByText('確認用のパスフレーズが一致しません。')).toBeVisible();
  await card.getByLabel('管理者パスフレーズ（確認）').fill('kanri-pass-01');
  await card.getByRole('button', { name: 'パスフレーズを設定' }).click();
  await expect(card.getByTestId('edit-lock-status')).toHaveText('編集ロックは有効です。');

  await page.reload();
  const lockButton = page.getByRole('button', { name: /編集ロック中/ });
  await expect(lockButton).toBeVisible();
  await openSettings(page);
  await expect(section(page, 'バックアップから復元').getByLabel('バックアップファイルを選択')).toBeDisabled();
  await lockButton.click();
  await page.getByRole('dialog').getByLabel('管理者パスフレーズ').fill('wrong-pass');
  await page.getByRole('dialog').getByRole('button', { name: '解除' }).click();
  await expect(page.getByRole('dialog').getByText('パスフレーズが違います。')).toBeVisible();
  await page.getByRole('dialog').getByLabel('管理者パスフレーズ').fill('kanri-pass-01');
  await page.getByRole('dialog').getByRole('button', { name: '解除' }).click();
  await expect(page.getByRole('button', { name: /編集可能/ })).toBeVisible();
  await expect(section(page, 'バックアップから復元').getByLabel('バックアップファイルを選択')).toBeEnabled();
  await page.screenshot({ path: test.info().outputPath('unlocked.png') });
  await page.getByRole('navigation').getByRole('link', { name: '監査ログ' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'ロック解除' })).toBeVisible();
});

test('a distributed copy is read-only, shows its source and date, and refuses an older copy', async ({ page, server, host }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '本院' });
  await openSettings(page);
  const exportCard = section(page, 'バックアップファイルの書き出し');
  await exportCard.getByRole('button', { name: '書き出す' }).click();
  await expect(exportCard.getByText(/を保存しました/)).toBeVisible();
  const older = host!.savedPaths[0]!;
  await renameFacility(page, '本院（新）');
  await exportCard.getByRole('button', { name: '書き出す' }).click();
  await expect(exportCard.getByText(/本院（新）_バックアップ.*を保存しました/)).toBeVisible();
  const newer = host!.savedPaths[1]!;

  const copyCard = section(page, '配布用コピー');
  await copyCard.getByLabel('コピーとして取り込むファイルを選択').setInputFiles(newer);
  await copyCard.getByRole('button', { name: '配布用コピーとして取り込む' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '配布用コピーとして取り込む' }).click();
  await expect(copyCard.getByText('配布用コピーを取り込みました。')).toBeVisible();
  await expect(page.getByTestId('distributed-copy-badge')).toHaveText(/配布用コピー 令和\d+年\d+月\d+日時点/);
  await expect(copyCard.getByTestId('distributed-copy-status')).toContainText('本院（新）');

  await copyCard.getByLabel('コピーとして取り込むファイルを選択').setInputFiles(older);
  await expect(copyCard.getByText(/より古い（.*時点）ため、取り込めません。/)).toBeVisible();
  await expect(section(page, 'バックアップから復元').getByLabel('バックアップファイルを選択')).toBeDisabled();
  await page.getByRole('navigation').getByRole('link', { name: '非常時ホーム' }).click();
  await expect(page.getByTestId('distributed-copy-notice')).toContainText('本院（新）');
  await page.screenshot({ path: test.info().outputPath('copy-home.png') });
});

test.describe('web mode (browser twin of the bridge)', () => {
  test.use({ withHost: false });

  test('folders are explained as desktop-only and a manual export downloads a verified .bcpbak', async ({ page, server }) => {
    await openApp(page, server);
    await completeFirstRun(page, { facilityName: 'ウェブ病院' });
    await openSettings(page);
    const card = section(page, '自動バックアップ');
    await expect(card.getByText('ブラウザ版ではフォルダへの自動バックアップは使えません。')).toBeVisible();
    await expect(card.getByRole('button', { name: 'フォルダを追加…' })).toBeDisabled();
    const download = page.waitForEvent('download');
    await section(page, 'バックアップファイルの書き出し').getByRole('button', { name: '書き出す' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^ウェブ病院_バックアップ_\d{8}-\d{4}\.bcpbak$/);
    const target = test.info().outputPath(file.suggestedFilename());
    await file.saveAs(target);
    expect((await readFile(target)).subarray(0, 6).toString('latin1')).toBe('BCPBAK');
  });
});
