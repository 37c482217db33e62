import type { Page } from '@playwright/test';
import { completeFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';
import { bindHost } from './support/host';
import { pdfText } from './support/pdf';
import { openSettings, setEditLockAndReload } from './support/workbook-backup';

const squash = (text: string) => text.replace(/\s+/g, '');

/** A local 'YYYY-MM-DDTHH:mm' on the browser's clock, `hours` from now. */
function browserLocal(page: Page, hours: number): Promise<string> {
  return page.evaluate((h) => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const d = new Date(Date.now() + h * 3_600_000);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, hours);
}

/** The sample workbook with a ransomware incident declared seven hours ago (so its first situation report is due). */
async function declaredIncident(page: Page, server: { url: string }): Promise<string> {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'みなと総合病院', userName: '山田 花子' });
  await page.getByRole('link', { name: '設定', exact: true }).click();
  await page.getByRole('button', { name: 'サンプルデータを読み込む' }).click();
  await expect(page.getByText('サンプルデータを読み込みました。')).toBeVisible();
  await page.getByRole('button', { name: '非常時モード' }).click();
  await page.getByTestId('home-declare').click();
  await page.getByLabel('発見日時').fill(await browserLocal(page, -7));
  await page.getByLabel('発見者').fill('救急外来 当直医');
  await page.getByLabel('発見時の状況').fill('救急外来の端末に身代金要求の画面が表示された');
  await page.getByRole('button', { name: '宣言する' }).click();
  await expect(page.getByTestId('incident-status')).toHaveText('対応中');
  return page.url();
}

test('a second tab sees each change at once; a due situation report is made from the home in one click; Ctrl+K finds the incident', async ({ page, server, host, offenses }) => {
  test.setTimeout(120_000);
  const incidentUrl = await declaredIncident(page, server);

  const second = await page.context().newPage();
  second.on('console', (m) => void (m.type() === 'error' && offenses.push(`second tab: ${m.text()}`)));
  await bindHost(second, server.origin, `${host!.saveDir}/second`);
  await second.goto(incidentUrl);
  await expect(second.getByTestId('steps-progress')).toHaveText('0 / 12 完了');

  await test.step('a step done and a system isolated in the first tab show in the second without a reload', async () => {
    await page.getByTestId('step-1').getByRole('button', { name: '完了', exact: true }).click();
    await expect(second.getByTestId('step-1').getByTestId('step-done')).toContainText('山田 花子');
    await expect(second.getByTestId('steps-progress')).toHaveText('1 / 12 完了');
    await second.getByTestId('tab-board').click();
    await page.getByTestId('tab-board').click();
    await page.getByTestId('board-demo-system-03').getByRole('button', { name: '隔離' }).click();
    await expect(second.getByTestId('board-demo-system-03')).toHaveAttribute('data-status', 'isolated');
    await expect(second.getByTestId('board-next')).toContainText('電子カルテシステム');
  });

  await test.step('the grouped board: a caption per restore-order tier, the next system named with its runbook', async () => {
    await expect(page.getByTestId('board-group-first')).toContainText('第1群');
    await expect(page.getByTestId('board-group-first')).toContainText('復旧待ち 1');
    await expect(page.getByTestId('board-next').getByRole('button', { name: '復旧手順を開始' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('grouped-board.png'), fullPage: true });
  });

  await test.step('the due situation report shows on the home and in the top bar, and is made from the home in one click', async () => {
    await expect(second.getByTestId('top-bar-situation-due')).toHaveText('状況報告の時刻');
    await page.getByRole('button', { name: '非常時モード' }).click();
    const due = page.getByTestId('home-situation-due');
    await expect(due).toContainText('経営層への状況報告の時刻です');
    await due.getByRole('button', { name: '状況報告を作成（PDF）' }).click();
    await expect(page.getByTestId('print-saved')).toBeVisible({ timeout: 60_000 });
    const text = squash(pdfText(host!.savedPaths.at(-1)!));
    for (const s of ['状況報告（経営層）', 'みなと総合病院', '隔離1', '電子カルテシステム稼働→隔離']) expect(text).toContain(s);
    await expect(page.getByTestId('home-situation-due')).toHaveCount(0);
    await expect(second.getByTestId('top-bar-situation-due')).toHaveCount(0);
  });

  await test.step('Ctrl+K finds the incident by what was seen, and a timeline entry by its text', async () => {
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox').fill('身代金');
    await dialog.getByRole('link', { name: /ランサムウェア疑い/ }).click();
    await expect(page.getByTestId('incident-status')).toHaveText('対応中');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').getByRole('searchbox').fill('状況報告（経営層）を作成');
    // The sample's closed drill made situation reports too: take the hit of this incident.
    const incidentId = new URL(incidentUrl.replace('#/', '')).pathname.split('/').pop()!;
    await page.getByRole('dialog').locator(`a[href*="${incidentId}?tab=timeline"]`).click();
    await expect(page.getByTestId('timeline')).toContainText('状況報告（経営層）を作成');
  });
  await second.close();
});

test('with the edit lock set, the incident and its report rules are read and printed but offer no way to change them', async ({ page, server, host }) => {
  test.setTimeout(120_000);
  const incidentUrl = await declaredIncident(page, server);

  await test.step('the report rules are edited in 設定: a bad deadline is refused in Japanese, a good one used by the incident', async () => {
    await openSettings(page);
    const rules = page.getByTestId('report-rules-settings');
    const police = rules.getByTestId('rule-police');
    await police.getByLabel('時間', { exact: true }).fill('0');
    await rules.getByRole('button', { name: '保存', exact: true }).click();
    await expect(rules.getByTestId('report-rules-message')).toHaveText('都道府県警察（サイバー犯罪相談窓口）：1〜2160 の整数（時間）を入力してください。');
    await police.getByLabel('時間', { exact: true }).fill('2');
    await police.getByLabel('期限の書き方（画面と用紙に表示）').fill('2時間以内（県警との申し合わせ）');
    await rules.getByRole('button', { name: '保存', exact: true }).click();
    await expect(rules.getByTestId('report-rules-message')).toHaveText('保存しました。');
    await expect(rules).toContainText('施設で編集した報告ルールを使っています。');
    await rules.screenshot({ path: test.info().outputPath('report-rules.png') });
    await page.goto(`${incidentUrl.split('?')[0]}?tab=reports`);
    await expect(page.getByTestId('report-police')).toContainText('2時間以内（県警との申し合わせ）');
    await expect(page.getByTestId('report-police').getByTestId('report-state')).toHaveText('期限超過');
  });

  await test.step('the edit lock is set', async () => {
    await setEditLockAndReload(page);
    const rules = page.getByTestId('report-rules-settings');
    await expect(rules.getByTestId('rule-police').getByLabel('時間', { exact: true })).toBeDisabled();
    await expect(rules.getByRole('button', { name: '保存', exact: true })).toHaveCount(0);
    await expect(rules.getByRole('button', { name: '同梱の報告ルールに戻す' })).toHaveCount(0);
  });

  await test.step('every part of the incident reads, none offers a write', async () => {
    await page.goto(incidentUrl.split('?')[0]!);
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await expect(page.getByTestId('step-1')).toBeVisible();
    await expect(page.getByRole('button', { name: '完了', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '該当なし' })).toHaveCount(0);
    await page.getByTestId('tab-board').click();
    const ehr = page.getByTestId('board-demo-system-03');
    await expect(ehr.getByRole('button', { name: '隔離' })).toBeDisabled();
    await expect(page.getByRole('button', { name: '復旧手順を開始' })).toHaveCount(0);
    await expect(ehr.getByRole('link', { name: '復旧手順' })).toBeVisible();
    await page.getByTestId('tab-reports').click();
    await expect(page.getByRole('button', { name: '報告済みにする' })).toHaveCount(0);
    await expect(page.getByTestId('ppc-sensitive')).toBeDisabled();
    await page.getByTestId('tab-timeline').click();
    await expect(page.getByTestId('timeline')).toContainText('宣言');
    await expect(page.getByTestId('quick-entry')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '訂正' })).toHaveCount(0);
    await page.getByTestId('tab-close').click();
    await expect(page.getByTestId('close-incident')).toHaveCount(0);
    await page.getByTestId('tab-situation').click();
    await expect(page.getByRole('button', { name: '保存' })).toHaveCount(0);
  });

  await test.step('the full record still prints', async () => {
    await page.getByRole('button', { name: 'インシデント対応記録を印刷' }).click();
    await expect(page.getByTestId('print-saved')).toBeVisible({ timeout: 60_000 });
    const text = squash(pdfText(host!.savedPaths.at(-1)!));
    for (const s of ['インシデント対応記録', 'みなと総合病院', '救急外来の端末に身代金要求の画面が表示された', '2時間以内（県警と']) expect(text).toContain(s);
  });
});
