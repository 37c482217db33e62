import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Today's local date as the date inputs take it. */
export function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface NewSystem {
  name: string;
  kind?: string;
  category?: string;
  priority?: string;
  rto?: string;
  endOfSupport?: string;
}

/** Add a system through the form, the way a user does; ends on its detail page. */
export async function addSystem(page: Page, input: NewSystem): Promise<void> {
  await page.getByRole('link', { name: 'システム台帳', exact: true }).first().click();
  await page.getByRole('link', { name: 'システムを追加' }).click();
  await page.getByLabel('名称', { exact: true }).fill(input.name);
  if (input.kind) await page.getByLabel('種別', { exact: true }).selectOption({ label: input.kind });
  if (input.category) await page.getByLabel('システムの分類').selectOption({ label: input.category });
  if (input.priority) await page.getByLabel('復旧優先度').fill(input.priority);
  if (input.rto) await page.getByLabel('目標復旧時間 RTO（時間）').fill(input.rto);
  if (input.endOfSupport) await page.getByLabel('サポート終了日').fill(input.endOfSupport);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: input.name, level: 1 })).toBeVisible();
}
