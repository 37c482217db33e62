import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Open 連絡先 from the menu. */
export async function openContacts(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '連絡先', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '緊急連絡先' })).toBeVisible();
}

/** The list row of a contact, found by its name. */
export function contactRow(page: Page, name: string) {
  return page.getByTestId('contact-row').filter({ hasText: name });
}

/**
 * The contact list shows `shown` of `total` contacts. Its count says so: only the rows near the window are drawn, so
 * counting drawn rows would depend on the window's height.
 */
export async function expectContactsListed(page: Page, shown: number, total = shown): Promise<void> {
  await expect(page.getByTestId('contacts-count')).toHaveText(`${shown} 件を表示（全 ${total} 件）`);
}

/** Today on the page's wall calendar (playwright.config.ts runs the browser in Asia/Tokyo) as YYYY-MM-DD. */
export function todayIso(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
}
