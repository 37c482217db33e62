import { completeFirstRun } from './support/app';
import { expectContactsListed } from './support/contacts';
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

test('a screen whose data cannot be read fails alone: the menu stays, and the screen comes back once reads work', async ({ page, server }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '読込失敗病院' });
  await expect(page.getByTestId('tile-contacts')).toBeVisible();
  // Every read fails from now on, as on a PC whose storage has just broken; the originals are kept to mend it later.
  await page.evaluate(() => {
    const kept = window as unknown as { keptReads?: [object, Record<string, unknown>][] };
    kept.keptReads = [];
    for (const source of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Record<string, unknown>[]) {
      kept.keptReads.push([source, { getAll: source.getAll, openCursor: source.openCursor, get: source.get, count: source.count }]);
      const fail = () => {
        throw new DOMException('storage is broken', 'UnknownError');
      };
      Object.assign(source, { getAll: fail, openCursor: fail, get: fail, count: fail });
    }
  });
  await page.getByRole('link', { name: '連絡先', exact: true }).first().click();
  await expect(page.getByRole('alert').filter({ hasText: 'この部分を表示できませんでした。メニューと他の画面は使えます。' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: '非常時ホーム' })).toBeVisible();
  await expect(page.getByRole('button', { name: '非常時モード' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('part-failed.png') });

  await page.evaluate(() => {
    for (const [source, reads] of (window as unknown as { keptReads: [object, Record<string, unknown>][] }).keptReads) Object.assign(source, reads);
  });
  await page.getByRole('button', { name: 'もう一度表示する' }).click();
  await expect(page.getByRole('heading', { name: '連絡先', level: 1 })).toBeVisible();
  await expectContactsListed(page, 7);
});
