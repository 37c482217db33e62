import { completeFirstRun, loadDemoFromFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';

test('the emergency home reaches contacts, paper forms, runbooks and printing in one click each', async ({ page, server }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'タイル病院' });
  const tiles: [string, string][] = [
    ['tile-contacts', '連絡先'],
    ['tile-paper', '紙運用・帳票'],
    ['tile-runbooks', '復旧手順'],
    ['tile-print', '印刷'],
  ];
  for (const [tile, heading] of tiles) {
    await page.getByRole('link', { name: '非常時ホーム' }).click();
    await page.getByTestId(tile).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
});

test('every menu entry opens a built screen: all seventeen areas, none 準備中', async ({ page, server }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'メニュー病院' });
  const nav = page.getByRole('navigation', { name: 'メニュー' });
  const names = await nav.getByRole('link').allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(17);
  for (const name of names) {
    await nav.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('この画面は準備中です'), name).toBeHidden();
  }
});

test('the emergency mode button turns the shell red and goes to the emergency home', async ({ page, server }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '非常時病院' });
  await page.getByRole('link', { name: '設定' }).click();
  await page.getByRole('button', { name: '非常時モード' }).click();
  await expect(page.getByRole('heading', { name: '非常時ホーム' })).toBeVisible();
  await expect(page.getByText('非常時モード中')).toBeVisible();
  await page.getByRole('button', { name: '通常表示に戻る' }).click();
  await expect(page.getByText('非常時モード中')).toBeHidden();
});

test('Ctrl+K finds a contact typed in katakana, half-width digits or with a variant kanji', async ({ page, server }) => {
  await openApp(page, server);
  await loadDemoFromFirstRun(page);
  await page.keyboard.press('Control+k');
  const input = page.getByRole('searchbox', { name: '全体検索' });
  await input.fill('タカハシ');
  await expect(page.getByRole('link', { name: /髙橋 真理子/ })).toBeVisible();
  await input.fill('高橋');
  await expect(page.getByRole('link', { name: /髙橋 真理子/ })).toBeVisible();
  await input.fill('０１２００００１１１');
  await expect(page.getByRole('link', { name: /電子カルテ保守センター/ })).toBeVisible();
  await input.fill('存在しない名前');
  await expect(page.getByText('該当するものはありません。')).toBeVisible();
  // Keyboard focus stays in the dialog, both ways round.
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null), key).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});
