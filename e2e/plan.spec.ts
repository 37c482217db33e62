import { completeFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';
import { pdfText } from './support/pdf';

const flat = (text: string) => text.replace(/\s+/g, '');

test.describe.configure({ timeout: 90_000 });

test('the plan is edited, approved, edited again as a draft with its changes shown, and the management report prints', async ({ page, server, host }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'みなと病院' });
  await page.getByRole('navigation').getByRole('link', { name: '計画・承認' }).click();
  await expect(page.getByRole('heading', { name: '計画・承認', level: 1 })).toBeVisible();

  await test.step('a new workbook starts from the starter plan, as a draft', async () => {
    await expect(page.getByTestId('plan-draft')).toContainText('第1.0版');
    await expect(page.getByRole('heading', { name: '7. サイバー攻撃への対応計画' })).toBeVisible();
  });

  await test.step('edit the draft and approve it; a future date is refused', async () => {
    await page.getByRole('button', { name: '案を編集' }).click();
    await page.getByLabel('文書名', { exact: true }).fill('みなと病院 災害対策マニュアル');
    await page.getByRole('button', { name: '案を保存' }).click();
    await expect(page.getByText('みなと病院 災害対策マニュアル')).toBeVisible();
    await page.getByRole('link', { name: 'この案を承認する' }).click();
    await page.getByRole('button', { name: '承認を記録する' }).click();
    await expect(page.getByText('入力してください。')).toBeVisible();
    await page.getByLabel('承認者の氏名').fill('港 一郎');
    await page.getByLabel('役職').fill('病院長');
    await page.getByLabel('承認日').fill('2999-01-01');
    await page.getByRole('button', { name: '承認を記録する' }).click();
    await expect(page.getByText('承認日に未来の日付は入力できません。')).toBeVisible();
    await page.getByLabel('承認日').fill('2026-04-01');
    await page.getByLabel('会議・文書（議事録など）').fill('第1回 情報セキュリティ委員会');
    await page.getByRole('button', { name: '承認を記録する' }).click();
    await expect(page.getByTestId('plan-in-force')).toContainText('第1.0版 2026-04-01 承認（港 一郎）');
  });

  await test.step('editing the approved plan starts draft 1.1, and the diff shows what changed', async () => {
    await page.getByRole('button', { name: '計画を編集' }).click();
    await expect(page.getByLabel('版', { exact: true })).toHaveValue('1.1');
    await page.getByLabel('改訂の概要').fill('復帰の周知を追加');
    const back = page.getByLabel('6. 通常運用への復帰の判断基準');
    await back.fill(`${await back.inputValue()}\n- 院内放送で復帰を知らせた`);
    await page.getByRole('button', { name: '案を保存' }).click();
    await expect(page.getByTestId('plan-in-force')).toContainText('第1.0版');
    await expect(page.getByTestId('plan-draft')).toContainText('第1.1版');
    const diff = page.getByTestId('plan-diff-returnCriteria');
    await expect(diff.locator('ins')).toHaveText('+ - 院内放送で復帰を知らせた');
    await expect(page.getByTestId('plan-diff-purpose')).toHaveCount(0);
    await expect(page.getByTestId('plan-history')).toContainText('第1回 情報セキュリティ委員会');
  });

  await test.step('the management report prints the figures, the plan version and its approval', async () => {
    await page.getByRole('navigation').getByRole('link', { name: '印刷', exact: true }).click();
    await page.getByRole('region', { name: '経営層への報告' }).getByRole('button', { name: '報告書を印刷' }).click();
    await expect(page.getByTestId('print-saved')).toBeVisible();
    await expect.poll(() => host?.savedPaths.length).toBe(1);
    const text = flat(pdfText(host!.savedPaths[0]!));
    for (const expected of ['経営層への報告', '確認周期内に確認した連絡先', 'オフラインまたは追記不能のバックアップ世代', 'サポート終了（EOS）を過ぎたシステム', '計画の承認', '第1.0版', '港一郎（病院長）', '第1回情報セキュリティ委員会', 'この年度のインシデント']) {
      expect(text).toContain(expected);
    }
  });
});
