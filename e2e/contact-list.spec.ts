import { completeFirstRun } from './support/app';
import { expectContactsListed, openContacts } from './support/contacts';
import { expect, openApp, test } from './support/fixtures';
import { pressAndSettle, tabTo } from './support/keyboard';

const IMPORTED = 300;
const STARTER = 7; // the authority contacts every new workbook starts with
const DEPARTMENTS = ['外来受付', '薬剤部', '病棟'];
const pad = (n: number) => String(n).padStart(3, '0');

/** A UTF-8 (BOM) CSV as Excel writes it, with `IMPORTED` staff contacts. */
function staffCsv(): Buffer {
  const lines = ['氏名,フリガナ,部署,内線'];
  for (let i = 1; i <= IMPORTED; i++) lines.push(`職員 ${pad(i)},しょくいん ${pad(i)},${DEPARTMENTS[i % DEPARTMENTS.length]},${2000 + i}`);
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

test('the contact list scrolls through every contact, drawing only what the window shows; End, Home and Page Down page it', async ({ page, server }) => {
  test.setTimeout(240_000);
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '大規模病院' });
  await openContacts(page);
  await page.getByRole('link', { name: 'CSV 取込' }).click();
  await page.locator('#contacts-csv-file').setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: staffCsv() });
  await page.getByRole('button', { name: '内容を確認' }).click();
  await page.getByRole('button', { name: `${IMPORTED} 件を取り込む` }).click();
  await expect(page.getByTestId('import-done')).toBeVisible();

  await openContacts(page);
  const total = IMPORTED + STARTER;
  await expectContactsListed(page, total);
  await expect(page.getByRole('button', { name: /さらに表示/ })).toHaveCount(0);
  // One table for every match: the column headings, a caption row per kind and each contact. The starter contacts
  // are ベンダー, 行政・警察 and 専門機関; a CSV without a 種別 column imports as その他.
  const table = page.getByRole('table', { name: '緊急連絡先' });
  const rowCount = 1 + 4 + total;
  await expect(table).toHaveAttribute('aria-rowcount', String(rowCount));
  expect(await page.getByTestId('contact-row').count()).toBeLessThan(60);
  await page.screenshot({ path: test.info().outputPath('contact-list-top.png') });

  await test.step('Tab and Shift+Tab go from row to row past the edges of the window', async () => {
    // Only a couple of rows are drawn beyond each edge of the window: the next row must be there by the time the focus
    // reaches it.
    await tabTo(page, page.getByTestId('contact-row').first().getByRole('link', { name: '編集' }));
    const focusedRow = async (key: string, press: number) => {
      const row = await page.evaluate(() => document.activeElement?.closest('[aria-rowindex]')?.getAttribute('aria-rowindex') ?? null);
      expect(row, `${key} ${press} left the list`).not.toBeNull();
      return Number(row);
    };
    let rowIndex = await focusedRow('Tab', 0);
    for (let i = 1; i <= 60; i++) {
      await pressAndSettle(page, 'Tab');
      const row = await focusedRow('Tab', i);
      expect(row).toBeGreaterThanOrEqual(rowIndex);
      rowIndex = row;
    }
    expect(rowIndex).toBeGreaterThan(15); // well past the rows the window first showed
    await expect(page.locator(':focus')).toBeInViewport();
    await page.keyboard.press('PageDown'); // the focused row scrolls out above; Shift+Tab brings the list back to it
    for (let i = 1; i <= 30; i++) {
      await pressAndSettle(page, 'Shift+Tab');
      const row = await focusedRow('Shift+Tab', i);
      expect(row).toBeLessThanOrEqual(rowIndex);
      rowIndex = row;
    }
    await expect(page.locator(':focus')).toBeInViewport();
    await page.getByRole('searchbox', { name: '連絡先を検索' }).focus();
  });

  await test.step('every contact is reached by paging down', async () => {
    const seen = new Set<string>();
    const names = page.getByTestId('contact-row').locator('.contacts-name');
    // A link in the list holds the focus, so the keys page the list rather than edit the search box.
    const firstEdit = page.getByTestId('contact-row').first().getByRole('link', { name: '編集' });
    await tabTo(page, firstEdit);
    for (let i = 0; i < 80 && seen.size < total; i++) {
      for (const name of await names.allTextContents()) seen.add(name.trim());
      await pressAndSettle(page, 'PageDown');
    }
    expect(seen.size).toBe(total);
    expect(seen).toContain(`職員 ${pad(IMPORTED)}`);
    await expect(firstEdit).toBeFocused(); // the focused row stays drawn while it is scrolled away
  });

  await test.step('Home and End go to the first and the last row', async () => {
    await page.keyboard.press('Home');
    await expect(table.locator('[aria-rowindex="2"]')).toBeInViewport();
    await expect(table.locator('[aria-rowindex="2"]').getByRole('heading', { level: 2 })).toHaveText('ベンダー');
    await page.keyboard.press('End');
    const last = table.locator(`[aria-rowindex="${rowCount}"]`);
    await expect(last).toBeInViewport();
    await expect(last).toContainText(`職員 ${pad(IMPORTED)}`);
    await page.screenshot({ path: test.info().outputPath('contact-list-end.png') });
  });

  await test.step('grouped by department, each department leads its contacts', async () => {
    await page.getByLabel('分類').selectOption({ label: '部署ごと' });
    await expect(table).toHaveAttribute('aria-rowcount', String(total + DEPARTMENTS.length + 1 + 1)); // + 部署なし
    await page.keyboard.press('Home');
    await expect(table.getByRole('heading', { level: 2 }).first()).toBeInViewport();
    await page.getByRole('searchbox', { name: '連絡先を検索' }).fill('しょくいん 150');
    await expect(page.getByTestId('contact-row')).toHaveCount(1);
    await expect(table).toHaveAttribute('aria-rowcount', '3');
    await expect(table.getByRole('heading', { level: 2 })).toHaveText(DEPARTMENTS[150 % DEPARTMENTS.length]!);
  });
});
