import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Press Tab (or Shift+Tab) until `target` has the keyboard focus: the proof that it can be reached without a
 * mouse. Fails when it is not reached within `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, { back = false, limit = 120 } = {}): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`not reached with ${back ? 'Shift+Tab' : 'Tab'}: ${String(target)}`);
}

