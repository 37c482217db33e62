import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export interface SetupInput {
  facilityName: string;
  departments?: string[];
  wards?: string[];
  userName?: string;
}

/** Complete first-run setup the way a user does. */
export async function completeFirstRun(page: Page, input: SetupInput): Promise<void> {
  await expect(page.getByRole('heading', { name: 'はじめに：施設の情報を入力してください' })).toBeVisible();
  await page.getByLabel('施設名').fill(input.facilityName);
  await page.getByLabel('部門（1行に1つ）').fill((input.departments ?? ['外来受付', '薬剤部']).join('\n'));
  await page.getByLabel('病棟（1行に1つ）').fill((input.wards ?? ['3階東病棟']).join('\n'));
  await page.getByLabel('あなたの氏名（変更履歴に記録されます）').fill(input.userName ?? '山田 花子');
  await page.getByRole('button', { name: 'この内容で始める' }).click();
  await expect(page.getByRole('heading', { name: '非常時ホーム' })).toBeVisible();
}

export async function loadDemoFromFirstRun(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'サンプルデータで試す' }).click();
  await expect(page.getByTestId('facility-name')).toHaveText('さくら市立総合病院（サンプル）');
}
