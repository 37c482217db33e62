import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Open 設定 from the menu. */
export async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: '設定' }).click();
  await expect(page.getByRole('heading', { name: '設定', level: 1 })).toBeVisible();
}

/** Change the facility name in 設定 → 施設情報, the simplest audited change a user makes. */
export async function renameFacility(page: Page, name: string): Promise<void> {
  const form = page.locator('form', { has: page.getByRole('heading', { name: '施設情報' }) });
  await form.getByLabel('施設名').fill(name);
  await form.getByRole('button', { name: '保存', exact: true }).click();
  await expect(form.getByText('保存しました。')).toBeVisible();
  await expect(page.getByTestId('facility-name')).toHaveText(name);
}

export function section(page: Page, heading: string) {
  return page.locator('.card', { has: page.getByRole('heading', { name: heading, exact: true }) });
}

/** Set the edit lock in 設定 and reload: the workbook opens locked, as on the next start. */
export async function setEditLockAndReload(page: Page, passphrase = 'kanri-pass-01'): Promise<void> {
  await openSettings(page);
  const lock = section(page, '編集ロック');
  await lock.getByLabel('管理者パスフレーズ', { exact: true }).fill(passphrase);
  await lock.getByLabel('管理者パスフレーズ（確認）').fill(passphrase);
  await lock.getByRole('button', { name: 'パスフレーズを設定' }).click();
  await expect(lock.getByTestId('edit-lock-status')).toHaveText('編集ロックは有効です。');
  await page.reload();
  await expect(page.getByRole('button', { name: /編集ロック中/ })).toBeVisible();
}
