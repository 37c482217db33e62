import type { Page } from '@playwright/test';
import { completeFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';
import { pdfText } from './support/pdf';
import { addSystem } from './support/systems';

const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * A stand-in for incident mode (built concurrently): the incident record declareIncident writes, put straight into
 * the workbook's IndexedDB, then the page is reloaded so every screen reads it.
 */
async function seedActiveIncident(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const at = new Date().toISOString();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bcp-workbook');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('incidents', 'readwrite');
      tx.objectStore('incidents').put({ id: 'e2e-incident-1', kind: 'ransomware', exercise: false, level: 'total', discoveredAt: at, declaredAt: at, foundBy: '', observed: '', status: 'active', createdAt: at, updatedAt: at, updatedBy: 'e2e' });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

async function addAccount(page: Page, name: string, seal: string): Promise<void> {
  await page.getByRole('link', { name: '非常用アカウント', exact: true }).first().click();
  await page.getByRole('link', { name: 'アカウントを追加' }).click();
  await expect(page.getByTestId('no-password-notice')).toContainText('パスワードはここに書かないでください');
  await page.getByLabel('対象システム').selectOption({ label: '電子カルテ' });
  await page.getByLabel('アカウント名・ID').fill(name);
  await page.getByLabel('保管場所').fill('情報システム室 金庫');
  await page.getByLabel('封筒・封印番号').fill(seal);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: `電子カルテ／${name}`, level: 1 })).toBeVisible();
}

async function record(page: Page, kind: string, fill: Record<string, string> = {}): Promise<void> {
  await page.locator('.accounts-toolbar').getByRole('button', { name: kind, exact: true }).click();
  const form = page.getByTestId('account-event-form');
  for (const [label, value] of Object.entries(fill)) await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: '記録する' }).click();
  await expect(form).toHaveCount(0);
}

async function startWorkbook(page: Page, server: { url: string }): Promise<void> {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'みなと総合病院', userName: '佐藤 健一' });
  await addSystem(page, { name: '電子カルテ', priority: '3' });
}

test('an emergency account opened with no incident is red on the home until a review is recorded; no password can be written', async ({ page, server }) => {
  await startWorkbook(page, server);

  await test.step('the form refuses a written-down password and has no field for one', async () => {
    await page.getByRole('link', { name: '非常用アカウント', exact: true }).first().click();
    await page.getByRole('link', { name: 'アカウントを追加' }).click();
    await expect(page.getByTestId('no-password-notice')).toContainText('パスワードはここに書かないでください');
    await expect(page.getByLabel(/パスワード/)).toHaveCount(0);
    await page.getByLabel('対象システム').selectOption({ label: '電子カルテ' });
    await page.getByLabel('アカウント名・ID').fill('管理者代行');
    await page.getByLabel('保管場所').fill('金庫');
    await page.getByLabel('封筒・封印番号').fill('EHR-1');
    await page.getByLabel('備考').fill('パスワード：Abc12345');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('パスワードのような記載があります。パスワードはこのアプリに記録できません。')).toBeVisible();
    await page.getByLabel('備考').fill('');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('heading', { name: '電子カルテ／管理者代行', level: 1 })).toBeVisible();
  });

  await test.step('a use before an opening is not offered; opening with no incident turns the home red until a review is recorded', async () => {
    await expect(page.locator('.accounts-toolbar').getByRole('button', { name: '使用', exact: true })).toHaveCount(0);
    await record(page, '開封', { 開封の理由: '夜間に通常ログイン不可の連絡' });
    await expect(page.getByTestId('account-state')).toHaveText('開封済');
    await expect(page.getByTestId('account-alerts')).toContainText('インシデント・訓練なしで開封');
    await page.getByRole('link', { name: '非常時ホーム' }).first().click();
    await expect(page.getByTestId('accounts-home-notice')).toContainText('電子カルテ／管理者代行：インシデント・訓練なしで開封');
    await page.screenshot({ path: test.info().outputPath('home-red.png'), fullPage: true });
    await page.getByTestId('accounts-home-notice').getByRole('link').first().click();
    await page.getByRole('button', { name: /確認を記録/ }).click();
    await page.getByTestId('account-event-form').getByLabel(/確認した内容/).fill('IC カード故障の看護師。アクセスログで参照のみを確認');
    await page.getByTestId('account-event-form').getByRole('button', { name: '記録する' }).click();
    await expect(page.getByTestId('account-alerts')).toHaveCount(0);
    await page.getByRole('link', { name: '非常時ホーム' }).first().click();
    await expect(page.getByRole('heading', { name: '非常時ホーム' })).toBeVisible();
    await expect(page.getByTestId('accounts-home-notice')).toHaveCount(0);
  });
});

test('an emergency account opened during an incident holds its closing check until changed and resealed; the register prints', async ({ page, server, host }) => {
  await startWorkbook(page, server);
  await seedActiveIncident(page);
  await addAccount(page, 'ドメイン管理者', 'AD-1');

  await test.step('the opening is written for the active incident, and its closing check names the account', async () => {
    await page.locator('.accounts-toolbar').getByRole('button', { name: '開封', exact: true }).click();
    await expect(page.getByLabel('インシデント・訓練')).toHaveValue('e2e-incident-1');
    await page.getByTestId('account-event-form').getByLabel('開封の理由', { exact: true }).fill('AD 停止');
    await page.getByTestId('account-event-form').getByLabel('立会人').fill('田中 和子');
    await page.getByTestId('account-event-form').getByRole('button', { name: '記録する' }).click();
    await expect(page.getByTestId('account-state')).toHaveText('開封済');
    await expect(page.getByTestId('account-alerts')).toHaveCount(0);
    await page.getByRole('link', { name: /非常用アカウント台帳へ戻る/ }).click();
    await expect(page.getByTestId('rotation-e2e-incident-1')).toContainText('復旧後の変更が済んでいない非常用アカウントがあります：電子カルテ／ドメイン管理者。');
    await page.screenshot({ path: test.info().outputPath('register.png'), fullPage: true });
  });

  await test.step('a change without a new seal is refused; the reseal clears the check', async () => {
    await page.getByRole('link', { name: 'ドメイン管理者' }).click();
    await page.locator('.accounts-toolbar').getByRole('button', { name: '変更・再封印', exact: true }).click();
    const form = page.getByTestId('account-event-form');
    await form.getByRole('button', { name: '記録する' }).click();
    await expect(form.getByText('新しい封印番号を入力してください。')).toBeVisible();
    await form.getByLabel('新しい封印番号').fill('AD-1');
    await form.getByLabel('システム上でパスワードを変更した人').fill('山﨑 大輔');
    await form.getByRole('button', { name: '記録する' }).click();
    await expect(form.getByText('新しい封印番号が今の封印番号と同じです。')).toBeVisible();
    await form.getByLabel('新しい封印番号').fill('AD-2');
    await form.getByRole('button', { name: '記録する' }).click();
    await expect(page.getByTestId('account-state')).toHaveText('変更・再封印済');
    await page.getByRole('link', { name: /非常用アカウント台帳へ戻る/ }).click();
    await expect(page.getByTestId('accounts-rotation')).toContainText('変更待ちのアカウントはありません。');
  });

  await test.step('the register prints marked 取扱注意, without a password column', async () => {
    await page.getByRole('link', { name: '印刷', exact: true }).first().click();
    await page.getByRole('region', { name: '非常用アカウント台帳' }).getByRole('button', { name: 'PDF を作成' }).click();
    await expect(page.getByTestId('print-saved')).toBeVisible();
    const file = host!.savedPaths[0]!;
    const text = squash(pdfText(file));
    for (const expected of ['非常用アカウント台帳', '取扱注意', 'ドメイン管理者', '情報システム室金庫', 'AD-2', '変更・再封印済']) expect(text).toContain(expected);
    expect(text).not.toMatch(/パスワード欄|password/i);
  });
});
