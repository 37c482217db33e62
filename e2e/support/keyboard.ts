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


/**
 * Press a key that scrolls the page (Page Down, Home, End) and wait until the page has stopped moving and the list
 * has drawn the rows for where it stopped. Chromium animates keyboard scrolling, and a slow machine draws the rows a
 * few frames later: reading the rows before then reads a page still on its way.
 */
export async function pressAndSettle(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = window.scrollY;
        let stillFrames = 0;
        const frame = () => {
          if (window.scrollY === last) stillFrames++;
          else [last, stillFrames] = [window.scrollY, 0];
          if (stillFrames >= 5) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}
