import type { Page } from '@playwright/test';
import { loadDemoFromFirstRun } from './support/app';
import { contactRow } from './support/contacts';
import { expect, openApp, test } from './support/fixtures';
import { tabTo } from './support/keyboard';

/** Open a menu entry with the keyboard: back up to the menu, then Enter. */
async function openMenu(page: Page, name: string, heading: string): Promise<void> {
  await tabTo(page, page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name, exact: true }), { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('the five emergency tasks are done with the keyboard alone', async ({ page, server, host }) => {
  test.setTimeout(240_000); // hundreds of key presses on a busy machine
  await openApp(page, server);
  await loadDemoFromFirstRun(page);
  const search = page.getByRole('searchbox', { name: '連絡先を検索' });

  await test.step("find the EHR vendor's 24-hour number", async () => {
    await openMenu(page, '連絡先', '緊急連絡先');
    await expect(search).toBeFocused(); // the search box takes the focus as the screen opens
    await page.keyboard.type('でんしかるて');
    const line = contactRow(page, '電子カルテ保守センター').locator('.contacts-phone').filter({ hasText: '0120-000-111' });
    await expect(line).toContainText('24時間');
  });

  await test.step('find the police cyber desk', async () => {
    await page.keyboard.press('Control+a');
    await page.keyboard.type('けいさつ');
    await expect(page.getByTestId('contact-row')).toHaveCount(1);
    await expect(contactRow(page, 'さくら県警察 サイバー犯罪相談窓口')).toBeVisible();
  });

  await test.step("change a contact's phone number", async () => {
    await tabTo(page, search, { back: true });
    await page.keyboard.press('Control+a');
    await page.keyboard.type('さとう');
    await tabTo(page, contactRow(page, '佐藤 健一').getByRole('link', { name: '編集' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByLabel('番号 3'));
    await page.keyboard.press('Control+a');
    await page.keyboard.type('090-9999-0001');
    await page.keyboard.press('Enter'); // submits the form
    await expect(page.getByRole('heading', { level: 1, name: '緊急連絡先' })).toBeVisible();
    await expect(contactRow(page, '佐藤 健一')).toContainText('090-9999-0001');
    await expect(contactRow(page, '佐藤 健一')).not.toContainText('090-1234-5601');
  });

  await test.step("print one department's downtime kit", async () => {
    await openMenu(page, '紙運用・帳票', '紙運用・帳票');
    await tabTo(page, page.getByRole('button', { name: '外来受付 のキットを印刷' }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('print-saved')).toContainText('ダウンタイムキット_外来受付', { timeout: 60_000 }); // a busy machine renders slowly
    expect(host!.savedPaths).toHaveLength(1);
  });

  await test.step('start a restore runbook', async () => {
    await openMenu(page, '復旧手順', '復旧手順');
    await tabTo(page, page.getByRole('link', { name: '電子カルテ 復旧手順' }).first());
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: '電子カルテ 復旧手順' })).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: '実施を開始' }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('run-state')).toHaveText('実施中');
  });
});
