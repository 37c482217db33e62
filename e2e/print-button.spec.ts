import { completeFirstRun } from './support/app';
import { openContacts } from './support/contacts';
import { expect, openApp, test } from './support/fixtures';

test('a print whose document cannot be prepared says so instead of doing nothing', async ({ page, server }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '印刷失敗病院' });
  await openContacts(page);
  await expect(page.getByTestId('contact-row')).toHaveCount(7);

  // From now on every read of the workbook fails, as on a PC whose storage has just broken: the list on screen
  // stays, but the print reads the contacts again when the button is pressed.
  await page.evaluate(() => {
    const fail = () => {
      throw new DOMException('storage is broken', 'UnknownError');
    };
    for (const source of [IDBObjectStore.prototype, IDBIndex.prototype]) {
      Object.assign(source, { getAll: fail, openCursor: fail, get: fail });
    }
  });
  await page.getByRole('button', { name: '一覧を印刷' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'PDF を作成できませんでした。もう一度お試しください。' })).toBeVisible();
  await expect(page.getByRole('button', { name: '一覧を印刷' })).toBeEnabled();
});
