import { completeFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';
import { pdfText } from './support/pdf';
import { addSystem, localToday } from './support/systems';

const squash = (text: string) => text.replace(/\s+/g, '');

test('add a system with backups, write a runbook, run it step by step and print the check-off sheet and the record', async ({ page, server, host }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'みなと総合病院', userName: '山田 花子' });

  await addSystem(page, { name: 'コアスイッチ', kind: 'ネットワーク機器', priority: '1' });
  const dialog = page.getByRole('dialog');

  await test.step('a negative RTO is refused in Japanese and nothing is saved until it is fixed; the EOS dates are checked against each other', async () => {
    await page.getByRole('link', { name: 'システム台帳', exact: true }).first().click();
    await page.getByRole('link', { name: 'システムを追加' }).click();
    await page.getByLabel('名称', { exact: true }).fill('電子カルテ');
    await page.getByLabel('システムの分類').selectOption({ label: '電子カルテ' });
    await page.getByLabel('復旧優先度').fill('3');
    await page.getByLabel('目標復旧時間 RTO（時間）').fill('-1');
    await page.getByLabel('サポート終了日').fill('2030-03-31');
    await page.getByLabel('販売終了日').fill('2031-03-31');
    await expect(page.getByText('サポート終了日が販売終了日より前になっています。日付を確認してください。')).toBeVisible();
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('0 以上の値を入力してください。')).toBeVisible();
    await page.getByLabel('目標復旧時間 RTO（時間）').fill('24');
    await page.getByLabel('販売終了日').fill('2028-03-31');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('heading', { name: '電子カルテ', level: 1 })).toBeVisible();
    await expect(page.getByTestId('system-warnings')).toContainText('バックアップが登録されていません。');
  });

  await test.step('backups: an appendable NAS alone is warned about (the ransomware lesson)', async () => {
    await page.getByRole('button', { name: 'バックアップ方式を追加' }).click();
    await dialog.getByLabel('方式').fill('日次フルバックアップ');
    await dialog.getByLabel('保持する世代数').fill('7');
    await dialog.getByLabel('保管場所').fill('サーバ室NAS');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByTestId('system-warnings')).toContainText('追記不能（WORM）またはオフライン保管の世代がありません。');
    await expect(page.getByTestId('system-warnings')).toContainText('180日以内に成功した復元テストがありません。');
  });

  await test.step('an offline tape tested today, after 0 generations is refused, clears the warnings', async () => {
    await page.getByRole('button', { name: 'バックアップ方式を追加' }).click();
    await dialog.getByLabel('方式').fill('週次LTOテープ');
    await dialog.getByLabel('媒体の種類').selectOption({ label: 'オフライン保管' });
    await dialog.getByLabel('保持する世代数').fill('0');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByText('世代数は 1 以上にしてください。')).toBeVisible();
    await dialog.getByLabel('保持する世代数').fill('4');
    await dialog.getByLabel('保管場所').fill('事務棟金庫');
    await dialog.getByLabel(/このシステムを使わずに読み出せる/).check();
    await dialog.getByLabel('最後に成功した復元テスト').fill(localToday());
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByTestId('system-warnings')).toHaveCount(0);
    await expect(page.getByRole('row').filter({ hasText: '週次LTOテープ' })).toContainText('オフライン保管');
    await page.screenshot({ path: test.info().outputPath('system-detail.png'), fullPage: true });
  });

  await test.step('a runbook with a prerequisite and two steps is saved with its total time', async () => {
    await page.getByRole('link', { name: '復旧手順を作成' }).click();
    await expect(page.getByLabel('手順の名前')).toHaveValue('電子カルテ 復旧手順');
    await page.getByLabel('コアスイッチ').check();
    const step1 = page.getByTestId('step-editor-1');
    await step1.getByLabel('作業内容').fill('DBサーバを起動する');
    await step1.getByLabel('担当').fill('情報システム室');
    await step1.getByLabel('想定時間（分）').fill('15');
    await step1.getByLabel('確認方法').fill('管理画面で稼働を確認');
    await page.getByRole('button', { name: '手順を追加' }).click();
    const step2 = page.getByTestId('step-editor-2');
    await step2.getByLabel('作業内容').fill('バックアップから復元する');
    await step2.getByLabel('担当').fill('ベンダー');
    await step2.getByLabel('想定時間（分）').fill('60');
    await step2.getByLabel('確認方法').fill('最新の患者を検索できる');
    await page.screenshot({ path: test.info().outputPath('runbook-editor.png'), fullPage: true });
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('heading', { name: '電子カルテ 復旧手順', level: 1 })).toBeVisible();
    await expect(page.getByText('想定合計 1時間15分')).toBeVisible();
  });

  await test.step('the inventory lists both in restore-priority order and filters while typing', async () => {
    await page.getByRole('link', { name: 'システム台帳', exact: true }).first().click();
    const inventory = page.getByTestId('systems-table');
    await expect(inventory.getByRole('row').nth(1)).toContainText('コアスイッチ');
    await expect(inventory.getByRole('row').nth(2)).toContainText('電子カルテ');
    await expect(inventory.getByRole('row').nth(2)).toContainText('サポート中');
    await page.getByRole('searchbox', { name: '名前・設置場所・区分・ベンダーで絞り込み' }).fill('カルテ');
    await expect(inventory.getByRole('row')).toHaveCount(2);
    await page.getByRole('link', { name: '復旧手順', exact: true }).first().click();
  });

  await test.step("the hospital's restore order puts the prerequisite first", async () => {
    const order = page.getByTestId('restore-order');
    await expect(order.getByRole('row').nth(1)).toContainText('コアスイッチ');
    await expect(order.getByRole('row').nth(2)).toContainText('電子カルテ');
    await page.screenshot({ path: test.info().outputPath('restore-order.png'), fullPage: true });
    await order.getByRole('link', { name: '電子カルテ 復旧手順' }).click();
  });

  await test.step('the paper check-off sheet, for when no PC can be used, prints every step', async () => {
    await page.getByRole('button', { name: 'チェックシートを印刷（PDF）' }).click();
    await expect(page.getByTestId('print-saved')).toHaveText(/「復旧手順チェックシート 電子カルテ 復旧手順_みなと総合病院_\d{8}\.pdf」を保存しました。/);
    const sheet = squash(pdfText(host!.savedPaths[0]!));
    for (const expected of ['電子カルテ復旧手順', 'DBサーバを起動する', 'バックアップから復元する', '情報システム室', '15分', '60分', '管理画面で稼働を確認', '完了時刻', '実施者', '□', 'コアスイッチ', 'みなと総合病院', '取扱注意']) {
      expect(sheet).toContain(expected);
    }
  });

  await test.step('a drill run: a check-off survives a reload, pause blocks the steps, a note is saved, the run finishes', async () => {
    await page.getByRole('button', { name: '実施を開始' }).click();
    await expect(page.getByTestId('run-state')).toHaveText('実施中');
    await page.getByTestId('run-step-1').getByRole('button', { name: '完了' }).click();
    await expect(page.getByTestId('run-step-1').getByTestId('step-checked')).toContainText('山田 花子 完了');
    await page.reload();
    await expect(page.getByTestId('run-step-1').getByTestId('step-checked')).toContainText('山田 花子 完了');
    await expect(page.getByTestId('run-progress')).toHaveText('1 / 2 完了');

    await page.getByRole('button', { name: '一時停止' }).click();
    await expect(page.getByTestId('run-state')).toHaveText('一時停止中');
    await expect(page.getByTestId('run-step-2').getByRole('button', { name: '完了' })).toBeDisabled();
    await page.getByRole('button', { name: '再開' }).click();
    await expect(page.getByTestId('run-state')).toHaveText('実施中');

    await page.getByTestId('run-step-2').getByLabel('メモ').fill('テープ読込に時間がかかった');
    await page.getByTestId('run-step-2').getByRole('button', { name: 'メモを保存' }).click();
    await expect(page.getByTestId('run-step-2').getByRole('button', { name: 'メモを保存' })).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('run.png'), fullPage: true });
    await page.getByTestId('run-step-2').getByRole('button', { name: '完了' }).click();
    await expect(page.getByTestId('run-progress')).toHaveText('2 / 2 完了');
    await page.getByRole('button', { name: '実施を終了' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '実施を終了' }).click();
    await expect(page.getByTestId('run-state')).toHaveText('完了');
  });

  await test.step('the run record prints who checked each step, the note and the progress', async () => {
    await page.getByRole('button', { name: '実施記録を印刷（PDF）' }).click();
    await expect(page.getByTestId('print-saved')).toBeVisible();
    const record = squash(pdfText(host!.savedPaths[1]!));
    for (const expected of ['実施記録（訓練）', '山田花子', 'DBサーバを起動する', 'テープ読込に時間', '2/2手順完了', '完了']) {
      expect(record).toContain(expected);
    }
  });

  await test.step('the run is kept with the runbook', async () => {
    await page.getByRole('link', { name: '← 手順へ戻る' }).click();
    await expect(page.getByRole('heading', { name: '実施記録' })).toBeVisible();
    await expect(page.getByText(/山田 花子・2 \/ 2 完了・完了/)).toBeVisible();
  });
});

test("a prerequisite that becomes the runbook's own system stays on screen so the error can be fixed there", async ({ page, server }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'みなと総合病院' });
  await addSystem(page, { name: 'コアスイッチ', kind: 'ネットワーク機器', priority: '1' });
  await addSystem(page, { name: '電子カルテ', priority: '3' });
  await page.getByRole('link', { name: '復旧手順を作成' }).click();
  await page.getByLabel('コアスイッチ').check();
  await page.getByTestId('step-editor-1').getByLabel('作業内容').fill('スイッチの設定を復元する');
  // The runbook was meant for the switch after all.
  await page.getByRole('combobox', { name: 'システム', exact: true }).selectOption({ label: 'コアスイッチ' });
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('自分自身を前提システムにはできません。')).toBeVisible();
  const self = page.getByRole('checkbox', { name: 'コアスイッチ' });
  await expect(self).toBeChecked();
  await page.screenshot({ path: test.info().outputPath('runbook-self-prerequisite.png'), fullPage: true });
  // Unticked, it is no longer a choice for its own runbook and leaves the list (so click, not uncheck).
  await self.click();
  await expect(page.getByText('自分自身を前提システムにはできません。')).toHaveCount(0);
  await expect(self).toHaveCount(0);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '電子カルテ 復旧手順', level: 1 })).toBeVisible();
});

test('the emergency home warns about a device past its end of support, and the test-restore period is set in Settings', async ({ page, server }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'みなと総合病院' });
  await addSystem(page, { name: 'CT装置', kind: '医療機器', endOfSupport: '2020-03-31' });
  await expect(page.getByTestId('system-warnings')).toContainText('サポート終了日（令和2年3月31日）を過ぎています。');
  await expect(page.getByTestId('system-warnings')).toContainText('リスク受容（補完的な対策・承認者・見直し日）の記録がありません。');

  await page.getByRole('link', { name: '非常時ホーム' }).click();
  await expect(page.getByTestId('systems-home-notice')).toContainText('サポート終了・リスク受容の確認が必要なシステム 1 件');
  await page.screenshot({ path: test.info().outputPath('home.png'), fullPage: true });
  await page.getByTestId('systems-home-notice').getByRole('link', { name: 'CT装置' }).click();
  await expect(page.getByRole('heading', { name: 'CT装置', level: 1 })).toBeVisible();

  await page.getByRole('link', { name: '設定' }).click();
  await page.getByLabel('復元テストの有効期間（日）').fill('3');
  await page.getByRole('form', { name: 'バックアップの復元テスト' }).getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('7〜3650 の整数を入力してください。')).toBeVisible();
  await page.getByLabel('復元テストの有効期間（日）').fill('90');
  await page.getByRole('form', { name: 'バックアップの復元テスト' }).getByRole('button', { name: '保存' }).click();
  await page.getByRole('link', { name: 'バックアップ', exact: true }).first().click();
  await expect(page.getByText(/90日以内に復元テストが成功している/)).toBeVisible();
});

test('the sample hospital shows its inventory and restore order, and prints the inventory', async ({ page, server, host }) => {
  await openApp(page, server);
  await page.getByRole('button', { name: 'サンプルデータで試す' }).click();
  await expect(page.getByTestId('facility-name')).toHaveText('さくら市立総合病院（サンプル）');
  await page.getByRole('link', { name: 'システム台帳', exact: true }).first().click();
  await expect(page.getByTestId('systems-table').getByRole('row')).toHaveCount(16);
  await expect(page.getByRole('row').filter({ hasText: '電子カルテシステム' }).getByText('サンプル', { exact: true })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('inventory-demo.png'), fullPage: true });
  await page.getByRole('button', { name: '台帳を印刷（PDF）' }).click();
  await expect(page.getByTestId('print-saved')).toBeVisible();
  const text = squash(pdfText(host!.savedPaths[0]!));
  expect(text).toContain('システム台帳');
  expect(text).toContain('電子カルテシステム');
  expect(text).toContain('サンプルデータ');

  await page.getByRole('link', { name: '復旧手順', exact: true }).first().click();
  await expect(page.getByTestId('restore-order').getByRole('row')).toHaveCount(16);
  await expect(page.getByTestId('restore-order').getByRole('row').nth(1)).toContainText('コアスイッチ');
});
