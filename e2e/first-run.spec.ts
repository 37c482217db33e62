import { completeFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';

test('first run asks for the facility, rejects a blank name in Japanese, and remembers the answers', async ({ page, server }) => {
  await openApp(page, server);
  await page.getByRole('button', { name: 'この内容で始める' }).click();
  await expect(page.getByText('入力してください。').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'はじめに：施設の情報を入力してください' })).toBeVisible();

  await completeFirstRun(page, { facilityName: '髙﨑記念病院', departments: ['外来受付', '薬剤部', '検査部'], wards: ['3階東病棟', 'ICU'] });
  await expect(page.getByTestId('facility-name')).toHaveText('髙﨑記念病院');

  await page.reload();
  await expect(page.getByTestId('facility-name')).toHaveText('髙﨑記念病院');
  await page.getByRole('link', { name: '設定' }).click();
  await expect(page.getByLabel('部門（1行に1つ）')).toHaveValue('外来受付\n薬剤部\n検査部');
  await expect(page.getByLabel('病棟（1行に1つ）')).toHaveValue('3階東病棟\nICU');
  await expect(page.getByLabel('操作者')).toHaveValue('山田 花子');
});

test('settings edits the facility, refuses a blank name in Japanese and keeps the saved name', async ({ page, server }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '旧名病院' });
  await page.getByRole('link', { name: '設定' }).click();
  const facilityForm = page.getByRole('form', { name: '施設情報' });
  await facilityForm.getByLabel('施設名').fill('新名病院');
  await facilityForm.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('保存しました。')).toBeVisible();
  await expect(page.getByTestId('facility-name')).toHaveText('新名病院');

  await facilityForm.getByLabel('施設名').fill('');
  await facilityForm.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('入力してください。')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('facility-name')).toHaveText('新名病院');
});
