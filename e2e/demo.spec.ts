import { completeFirstRun, loadDemoFromFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';

test('sample data loads a 300-bed hospital marked as sample everywhere, and is removed in one step', async ({ page, server }) => {
  await openApp(page, server);
  await loadDemoFromFirstRun(page);
  await expect(page.getByText('サンプルデータを表示しています。実際の連絡先ではありません。')).toBeVisible();
  await expect(page.getByText('連絡先 24 件')).toBeVisible();
  // The sample's printed binders stand for the sample as loaded: loading it asks for no reprint.
  await expect(page.getByTestId('stale-print')).toHaveCount(0);

  await page.getByTestId('tile-contacts').click();
  await expect(page.getByRole('heading', { name: '連絡先' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: '佐藤 健一' });
  await expect(row.getByText('サンプル', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'システム台帳' }).click();
  await expect(page.getByRole('row').filter({ hasText: '電子カルテシステム' }).getByText('サンプル', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'サンプルデータを削除' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'サンプルデータを削除' }).click();
  // The facility itself was sample data, so the workbook is empty again and asks for the real facility.
  await expect(page.getByRole('heading', { name: 'はじめに：施設の情報を入力してください' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'はじめに：施設の情報を入力してください' })).toBeVisible();
});

test('sample data added to a real workbook never replaces the real facility, and removal keeps real data', async ({ page, server }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '本番病院' });
  await page.getByRole('link', { name: '設定' }).click();
  await page.getByRole('button', { name: 'サンプルデータを読み込む' }).click();
  await expect(page.getByText('サンプルデータを読み込みました。')).toBeVisible();
  await expect(page.getByTestId('facility-name')).toHaveText('本番病院');

  // A new real workbook starts with 7 authority entries to fill in; the sample adds its 24 contacts.
  await page.getByRole('link', { name: '非常時ホーム' }).click();
  await expect(page.getByText('連絡先 31 件')).toBeVisible();
  await page.getByRole('button', { name: 'サンプルデータを削除' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'サンプルデータを削除' }).click();
  await expect(page.getByText(/サンプルデータを \d+ 件削除しました。/)).toBeVisible();
  await expect(page.getByText('連絡先 7 件')).toBeVisible();
  await expect(page.getByTestId('facility-name')).toHaveText('本番病院');
});

test('a hospital that started from the sample and made the facility its own keeps it when the sample is removed', async ({ page, server }) => {
  await openApp(page, server);
  await loadDemoFromFirstRun(page);
  await page.getByRole('link', { name: '設定' }).click();
  const facilityForm = page.getByRole('form', { name: '施設情報' });
  await facilityForm.getByLabel('施設名').fill('本番さくら総合病院');
  await facilityForm.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('保存しました。')).toBeVisible();
  // The sample's printed copies carry the old name now: each says so.
  await page.getByRole('link', { name: '非常時ホーム' }).click();
  await expect(page.getByTestId('stale-print')).toHaveCount(3);
  await expect(page.getByTestId('stale-print').first()).toContainText('施設情報が 1 件変わっています');
  await page.getByRole('link', { name: '設定' }).click();

  await page.getByRole('button', { name: 'サンプルデータを削除' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('入力した実データと、編集して保存したサンプルは残ります。');
  await dialog.getByRole('button', { name: 'サンプルデータを削除' }).click();
  await expect(page.getByTestId('facility-name')).toHaveText('本番さくら総合病院');
  await page.reload();
  await expect(page.getByTestId('facility-name')).toHaveText('本番さくら総合病院');
  await expect(page.getByRole('heading', { name: 'はじめに：施設の情報を入力してください' })).toHaveCount(0);
});
