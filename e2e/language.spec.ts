import { completeFirstRun } from './support/app';
import { contactRow } from './support/contacts';
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

  // The contact rows take their words from one translation per language, so they must follow a switch too.
  const police = () => contactRow(page, '都道府県警察 サイバー犯罪相談窓口');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Contacts', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Emergency contacts' })).toBeVisible();
  await expect(police().getByTestId('review-badge')).toHaveText('Unverified');
  await expect(police()).toContainText('Not entered');

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
  await expect(page.getByRole('heading', { name: '設定' })).toBeVisible();
  await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '連絡先', exact: true }).click();
  await expect(police().getByTestId('review-badge')).toHaveText('未確認');
  await expect(police()).toContainText('未登録');
});
