import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadDemoFromFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';

/** What axe finds that would stop or seriously hinder someone: each rule with the elements it names. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('first run and the main screen of every built area, with the sample workbook in Japanese, have no serious or critical axe violations', async ({ page, server }) => {
  test.setTimeout(300_000); // axe takes a few seconds a screen on a busy 2-core machine
  await openApp(page, server);
  await expect(page.getByRole('heading', { name: 'はじめに：施設の情報を入力してください' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  expect(await seriousViolations(page), 'first run').toEqual([]);

  await loadDemoFromFirstRun(page);
  const nav = page.getByRole('navigation', { name: 'メニュー' });
  // Areas not built yet are marked `planned` in the menu; every other entry is a screen staff use.
  const names = await nav.locator('a:not(.planned)').allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(10);
  for (const name of names) {
    await nav.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(page), name).toEqual([]);
  }
});
