import { completeFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';

test('when the database cannot be opened the user gets a Japanese explanation, not a blank window', async ({ page, server }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  await openApp(page, server);
  await expect(page.getByTestId('storage-error')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'データを開けませんでした' })).toBeVisible();
  await expect(page.getByText('この環境ではデータを保存できません')).toBeVisible();
});

test('Settings shows whether the browser granted persistent storage', async ({ page, server }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '保存病院' });
  await page.getByRole('link', { name: '設定' }).click();
  await expect(page.getByTestId('persistence')).toHaveText(/許可されています|許可されていません/);
});

test.describe('at 1366×768 with 200% zoom', () => {
  test.use({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });

  test('the shell and the emergency home stay usable without sideways scrolling', async ({ page, server }) => {
    await openApp(page, server);
    await completeFirstRun(page, { facilityName: '拡大表示テスト病院' });
    await expect(page.getByTestId('tile-contacts')).toBeVisible();
    await expect(page.getByRole('button', { name: '非常時モード' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath('zoom-200.png'), fullPage: true });
  });
});
