import { completeFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';

test('the UI is Japanese by default, switches to English in Settings and remembers it', async ({ page, server }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '言語テスト病院' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.getByRole('link', { name: '設定' }).click();
  await page.getByRole('combobox', { name: '表示言語' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Emergency home' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
  await expect(page.getByRole('heading', { name: '設定' })).toBeVisible();
});
