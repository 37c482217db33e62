import type { Page } from '@playwright/test';
import { completeFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';
import { pdfText } from './support/pdf';

const squash = (text: string) => text.replace(/\s+/g, '');
/** A local 'YYYY-MM-DDTHH:mm' on the browser's clock and time zone, `hours` from now (or yesterday at 23:30 with 'night'). */
async function browserLocal(page: Page, when: 'night' | number): Promise<string> {
  return page.evaluate((w) => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const d = new Date();
    if (w === 'night') {
      d.setDate(d.getDate() - 1);
      d.setHours(23, 30);
    } else d.setTime(d.getTime() + w * 3_600_000);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, when);
}

test('declare at night, work the first steps, isolate and restore a system through its runbook, report to the PPC, report to management, close', async ({ page, server, host }) => {
  // Five PDFs are rendered; under a loaded machine each may take tens of seconds.
  test.setTimeout(300_000);
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'みなと総合病院', userName: '山田 花子' });
  await page.getByRole('link', { name: '設定', exact: true }).click();
  await page.getByRole('button', { name: 'サンプルデータを読み込む' }).click();
  await expect(page.getByText('サンプルデータを読み込みました。')).toBeVisible();

  await test.step('two clicks from the 非常時モード home declare; the time noted on paper is kept', async () => {
    await page.getByRole('button', { name: '非常時モード' }).click();
    await page.getByTestId('home-declare').click();
    await page.getByLabel('発見日時').fill(await browserLocal(page, 'night'));
    await page.getByLabel('発見者').fill('3階東 夜勤看護師');
    await page.getByRole('button', { name: '宣言する' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('ランサムウェア疑い');
    await expect(page.getByTestId('incident-status')).toHaveText('対応中');
    await expect(page.getByTestId('top-bar-incident')).toContainText('ランサムウェア疑い');
  });

  await test.step('three steps done; a time in the future is refused in Japanese', async () => {
    await page.getByTestId('step-1').getByRole('button', { name: '完了', exact: true }).click();
    await expect(page.getByTestId('step-1').getByTestId('step-done')).toContainText('山田 花子');
    await page.getByTestId('step-2').getByRole('button', { name: '完了', exact: true }).click();
    await expect(page.getByTestId('step-2').getByTestId('step-done')).toBeVisible();
    const step3 = page.getByTestId('step-3');
    await step3.getByRole('button', { name: '時刻を指定して完了' }).click();
    await step3.getByLabel('実施した時刻').fill(await browserLocal(page, 3));
    await step3.getByRole('button', { name: '保存' }).click();
    await expect(step3.getByText('未来の時刻は入力できません。')).toBeVisible();
    await step3.getByLabel('実施した時刻').fill((await browserLocal(page, 'night')).replace('23:30', '23:50'));
    await step3.getByRole('button', { name: '保存' }).click();
    await expect(step3.getByTestId('step-done')).toContainText('23:50');
    await expect(page.getByTestId('steps-progress')).toHaveText('3 / 12 完了');
    await page.reload();
    await expect(page.getByTestId('steps-progress')).toHaveText('3 / 12 完了');
  });

  await test.step('a system isolated on the board, then restored through its runbook run', async () => {
    await page.getByTestId('tab-board').click();
    const ehr = page.getByTestId('board-demo-system-03');
    await ehr.getByRole('button', { name: '隔離' }).click();
    await expect(ehr).toHaveAttribute('data-status', 'isolated');
    await expect(page.getByTestId('count-isolated')).toHaveText('1');
    await page.screenshot({ path: test.info().outputPath('status-board.png'), fullPage: true });
    await ehr.getByRole('button', { name: '復旧手順を開始' }).click();
    await expect(page.getByTestId('run-state')).toHaveText('実施中');
    for (const n of [1, 2, 3, 4]) await page.getByTestId(`run-step-${n}`).getByRole('button', { name: '完了' }).click();
    await page.getByRole('button', { name: '実施を終了' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '実施を終了' }).click();
    await expect(page.getByTestId('run-state')).toHaveText('完了');
    await page.getByTestId('top-bar-incident').click();
    await page.getByTestId('tab-board').click();
    await expect(ehr.getByRole('link', { name: '復旧手順 終了' })).toBeVisible();
    await ehr.getByRole('button', { name: '復旧' }).click();
    await expect(ehr).toHaveAttribute('data-status', 'restored');
    await expect(page.getByTestId('count-restored')).toHaveText('1');
  });

  await test.step('the PPC report applies once a question is yes, and is marked reported with its number', async () => {
    await page.getByTestId('tab-reports').click();
    const ppc = page.getByTestId('report-ppcPreliminary');
    await page.getByTestId('ppc-sensitive').selectOption('yes');
    await expect(ppc.getByTestId('report-state')).toHaveText('未');
    await ppc.getByRole('button', { name: '報告済みにする' }).click();
    await ppc.getByLabel('受付番号・担当者').fill('PPC-2026-0042');
    await ppc.getByRole('button', { name: '保存' }).click();
    await expect(ppc.getByTestId('report-state')).toHaveText('報告済み');
    await expect(ppc.getByTestId('report-done')).toContainText('PPC-2026-0042');
  });

  await test.step('the situation report PDF counts the board and lists what changed', async () => {
    await page.getByTestId('tab-situation').click();
    await page.getByRole('button', { name: '状況報告を作成（PDF）' }).click();
    await expect(page.getByTestId('print-saved')).toBeVisible({ timeout: 60_000 });
    const text = squash(pdfText(host!.savedPaths.at(-1)!));
    for (const s of ['状況報告（経営層）', 'みなと総合病院', '復旧1', '電子カルテシステム稼働→隔離', '電子カルテシステム隔離→復旧', '個人情報保護委員会（速報）', 'PPC-2026-0042', '判断を求める事項']) expect(text).toContain(s);
  });

  await test.step('the quick-entry line adds a timeline entry with Enter; a correction keeps both', async () => {
    await page.getByTestId('tab-timeline').click();
    await page.getByTestId('quick-entry').fill('ベンダー到着');
    await page.getByTestId('quick-entry').press('Enter');
    await expect(page.getByTestId('timeline')).toContainText('ベンダー到着');
    await page.getByTestId('timeline').getByText('ベンダー到着').locator('..').locator('..').getByRole('button', { name: '訂正' }).click();
    await page.getByTestId('quick-entry').fill('ベンダー2名到着');
    await page.getByTestId('quick-entry').press('Enter');
    await expect(page.getByTestId('timeline')).toContainText('ベンダー2名到着');
    await expect(page.getByTestId('timeline')).toContainText('に訂正あり');
  });

  await test.step('closing is blocked by the open steps, then closes once they are done', async () => {
    await page.getByTestId('tab-close').click();
    await page.getByLabel('何が起きたか').fill('夜間に端末1台でランサムウェアを疑い、電子カルテを隔離して復旧した。');
    await page.getByLabel(/教訓/).fill('夜間の遮断手順を1枚にまとめる');
    await page.getByTestId('close-incident').click();
    await expect(page.getByTestId('close-problems')).toContainText('未完了の初動対応 9 件');
    await page.getByTestId('tab-steps').click();
    for (let n = 4; n <= 12; n += 1) {
      await page.getByTestId(`step-${n}`).getByRole('button', { name: '完了', exact: true }).click();
      await expect(page.getByTestId(`step-${n}`).getByTestId('step-done')).toBeVisible();
    }
    await page.getByTestId('tab-close').click();
    await page.getByLabel('何が起きたか').fill('夜間に端末1台でランサムウェアを疑い、電子カルテを隔離して復旧した。');
    await page.getByLabel(/教訓/).fill('夜間の遮断手順を1枚にまとめる');
    await page.getByTestId('close-incident').click();
    await expect(page.getByTestId('incident-status')).toHaveText('終結');
    await expect(page.getByTestId('top-bar-incident')).toHaveCount(0);
  });

  await test.step('the full incident record prints as one PDF', async () => {
    await page.getByRole('button', { name: 'インシデント対応記録を印刷' }).click();
    await expect(page.getByTestId('print-saved').last()).toBeVisible({ timeout: 60_000 });
    const text = squash(pdfText(host!.savedPaths.at(-1)!));
    for (const s of ['インシデント対応記録', '遮断①：バックアップへの経路を切る', '電子カルテシステム', '復旧', 'PPC-2026-0042', '夜間の遮断手順を1枚にまとめる', 'ベンダー2名到着', '訂正']) expect(text).toContain(s);
    await page.screenshot({ path: test.info().outputPath('closed.png'), fullPage: true });
  });
});
