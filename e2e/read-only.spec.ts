import type { Page } from '@playwright/test';
import { loadDemoFromFirstRun } from './support/app';
import { contactRow } from './support/contacts';
import { expect, openApp, test } from './support/fixtures';
import { pdfText } from './support/pdf';
import { openSettings, section, setEditLockAndReload } from './support/workbook-backup';

const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name, exact: true }).click();
const flat = (text: string) => text.replace(/\s+/g, '');

/** Wait for the next saved PDF and return its text (spaces removed: pdftotext spaces table cells freely). */
async function nextPdf(page: Page, host: { savedPaths: string[] } | null, count: number): Promise<string> {
  await expect(page.getByTestId('print-saved')).toBeVisible();
  await expect.poll(() => host?.savedPaths.length).toBe(count);
  return flat(pdfText(host!.savedPaths[count - 1]!));
}

test('with the edit lock set, every area can be consulted, searched and printed but offers no way to change anything', async ({ page, server, host }) => {
  test.setTimeout(120_000);
  await openApp(page, server);
  await loadDemoFromFirstRun(page);

  await test.step('before the lock: a runbook run is started (to see later that it cannot be checked off)', async () => {
    await menu(page, '復旧手順');
    await page.getByRole('link', { name: 'コアスイッチ 復旧手順', exact: true }).click();
    await page.getByRole('button', { name: '実施を開始' }).click();
    await expect(page.getByTestId('run-status')).toBeVisible();
  });

  await test.step('the edit lock is set, and after a reload the workbook opens locked', async () => {
    await setEditLockAndReload(page);
  });

  await test.step('contacts: no add, import, edit or verify; search and print work', async () => {
    await menu(page, '連絡先');
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await expect(page.getByRole('link', { name: '連絡先を追加' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'CSV 取込' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: '編集', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /確認済みにする/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'サンプルデータを削除' })).toBeDisabled();

    await page.getByPlaceholder(/名前・フリガナ/).fill('さとう');
    await expect(page.getByTestId('contact-row')).toHaveCount(1);
    await expect(contactRow(page, '佐藤 健一')).toContainText('090-1234-5601');
    await page.getByPlaceholder(/名前・フリガナ/).fill('');

    await page.getByRole('button', { name: '一覧を印刷' }).click();
    const text = await nextPdf(page, host, 1);
    expect(text).toContain('緊急連絡先一覧');
    expect(text).toContain('佐藤健一');

    // An address typed by hand shows no empty form to fill in.
    await page.evaluate(() => (location.hash = '#/contacts/new'));
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await expect(page.getByRole('button', { name: '保存' })).toHaveCount(0);
  });

  await test.step('call trees: consulted and printed, no add or edit', async () => {
    await menu(page, '連絡網');
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await expect(page.getByRole('link', { name: '連絡網を追加' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /編集/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'すべての連絡網を印刷' }).click();
    const text = await nextPdf(page, host, 2);
    expect(text).toContain('電子カルテ停止時連絡網');

    await page.evaluate(() => (location.hash = '#/call-trees/demo-calltree-01'));
    await expect(page.getByRole('heading', { name: '連絡網を編集' })).toBeVisible();
    await expect(page.getByLabel('名前', { exact: true })).toBeDisabled();
    await expect(page.getByRole('button', { name: '段階を追加' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /この段階を削除/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '保存' })).toHaveCount(0);
  });

  await test.step('paper: forms print (the ID ledger with blank IDs, reserving nothing); designer and numbering are locked', async () => {
    await menu(page, '紙運用・帳票');
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await expect(page.getByRole('link', { name: '手順を追加' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: '帳票を作成' })).toHaveCount(0);

    await page.getByRole('link', { name: '仮患者番号台帳', exact: true }).click();
    await expect(page.getByLabel('帳票名')).toBeDisabled();
    await expect(page.getByRole('button', { name: '保存' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '番号の範囲を設定し直す' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '帳票を削除' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '初期状態に戻す' })).toHaveCount(0);
    await expect(page.getByTestId('numbering-status')).toContainText('仮-000001');
    await page.getByRole('button', { name: 'この帳票を印刷' }).click();
    const text = await nextPdf(page, host, 3);
    expect(text).toContain('仮患者番号台帳');
    expect(text).not.toMatch(/仮-\d{6}/);
    await expect(page.getByTestId('numbering-status')).toContainText('仮-000001');

    await page.getByRole('link', { name: '← 紙運用・帳票' }).click();
    await page.getByRole('link', { name: '外来受付の紙運用' }).click();
    await expect(page.getByRole('button', { name: '手順書を印刷' })).toBeEnabled();
    await expect(page.getByRole('link', { name: '編集', exact: true })).toHaveCount(0);

    await page.evaluate(() => (location.hash = '#/paper/stock'));
    await expect(page.getByRole('button', { name: 'この日数を既定にする' })).toBeDisabled();
  });

  await test.step('systems: filtered and printed, no add, edit, delete or backup changes', async () => {
    await menu(page, 'システム台帳');
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await expect(page.getByRole('link', { name: 'システムを追加' })).toHaveCount(0);
    await page.getByPlaceholder('名前・設置場所・区分・ベンダーで絞り込み').fill('電子カルテ');
    await expect(page.getByTestId('systems-table').getByRole('link', { name: '電子カルテシステム' })).toBeVisible();
    await expect(page.getByTestId('systems-table').getByRole('link', { name: 'コアスイッチ' })).toHaveCount(0);
    await page.getByRole('button', { name: '台帳を印刷（PDF）' }).click();
    expect(await nextPdf(page, host, 4)).toContain('電子カルテシステム');

    await page.getByTestId('systems-table').getByRole('link', { name: '電子カルテシステム' }).click();
    await expect(page.getByRole('heading', { name: '電子カルテシステム', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: '編集', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '削除', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'バックアップ方式を追加' })).toHaveCount(0);

    // An editor opened by its address shows the record disabled, as every other editor does.
    await page.evaluate(() => (location.hash += '/edit'));
    await expect(page.getByRole('heading', { name: '「電子カルテシステム」を編集', level: 1 })).toBeVisible();
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await expect(page.getByLabel('名称', { exact: true })).toBeDisabled();
    await expect(page.getByRole('button', { name: '保存' })).toHaveCount(0);
    await page.evaluate(() => (location.hash = '#/systems/new'));
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await expect(page.getByRole('button', { name: '保存' })).toHaveCount(0);

    await menu(page, 'バックアップ');
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await expect(page.getByRole('button', { name: '編集', exact: true })).toHaveCount(0);
  });

  await test.step('runbooks: the check-off sheet prints; no new runbook, no run started or checked off', async () => {
    await menu(page, '復旧手順');
    await expect(page.getByRole('link', { name: '復旧手順を作成' })).toHaveCount(0);
    await page.getByRole('link', { name: 'コアスイッチ 復旧手順', exact: true }).click();
    await expect(page.getByRole('button', { name: '実施を開始' })).toHaveCount(0);
    await expect(page.getByText('このワークブックは読み取り専用のため実施記録を付けられません。')).toBeVisible();
    await page.getByRole('button', { name: 'チェックシートを印刷（PDF）' }).click();
    expect(await nextPdf(page, host, 5)).toContain('コアスイッチ復旧手順');

    await page.evaluate(() => (location.hash += '/edit'));
    await expect(page.getByRole('heading', { name: '「コアスイッチ 復旧手順」を編集', level: 1 })).toBeVisible();
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await expect(page.getByLabel('手順の名前')).toBeDisabled();
    await expect(page.getByRole('button', { name: '手順を追加' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '保存' })).toHaveCount(0);
    await page.evaluate(() => (location.hash = location.hash.replace(/\/edit$/, '')));

    await page.getByRole('list').filter({ hasText: '実施中' }).getByRole('link').first().click();
    await expect(page.getByTestId('run-status')).toBeVisible();
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await expect(page.getByTestId('run-step-1').getByRole('button', { name: '完了' })).toBeDisabled();
  });

  await test.step('settings and search: read-only sections stay visible but cannot change the workbook', async () => {
    await openSettings(page);
    await expect(page.locator('form', { has: page.getByRole('heading', { name: '施設情報' }) }).getByLabel('施設名')).toBeDisabled();
    await expect(page.getByLabel('最終確認日からこの日数を過ぎた連絡先を「要確認」にする')).toBeDisabled();
    await expect(page.getByLabel('復元テストの有効期間（日）')).toBeDisabled();
    await expect(section(page, 'バックアップから復元').getByLabel('バックアップファイルを選択')).toBeDisabled();
    await expect(section(page, 'サンプルデータ').getByRole('button', { name: 'サンプルデータを削除' })).toBeDisabled();

    await page.getByRole('button', { name: /検索/ }).first().click();
    await page.getByRole('dialog').getByRole('searchbox').fill('ｻﾄｳ');
    await expect(page.getByRole('dialog').getByRole('link', { name: /佐藤 健一/ })).toBeVisible();
  });
  await page.screenshot({ path: test.info().outputPath('read-only-search.png') });
});
