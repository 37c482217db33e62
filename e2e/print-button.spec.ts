import { completeFirstRun } from './support/app';
import { expectContactsListed, openContacts } from './support/contacts';
import { expect, openApp, test } from './support/fixtures';

test('a print whose document cannot be prepared says so instead of doing nothing', async ({ page, server }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '印刷失敗病院' });
  await openContacts(page);
  await expectContactsListed(page, 7);

  // Every read of the workbook fails from the moment the button is pressed, as on a PC whose storage has just
  // broken: the list on screen stays, but the print reads the contacts again. Broken and pressed in one step, so no
  // screen of the app re-reads in between (on a loaded machine a live query did, and the app fell to its error page).
  await page.getByRole('button', { name: '一覧を印刷' }).waitFor();
  await page.evaluate(() => {
    const fail = () => {
      throw new DOMException('storage is broken', 'UnknownError');
    };
    for (const source of [IDBObjectStore.prototype, IDBIndex.prototype]) {
      Object.assign(source, { getAll: fail, openCursor: fail, get: fail });
    }
    const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === '一覧を印刷');
    if (!button) throw new Error('no 一覧を印刷 button');
    button.click();
  });
  await expect(page.getByRole('alert').filter({ hasText: 'PDF を作成できませんでした。もう一度お試しください。' })).toBeVisible();
  await expect(page.getByRole('button', { name: '一覧を印刷' })).toBeEnabled();
});
