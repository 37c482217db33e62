import { loadDemoFromFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';
import { pdfText } from './support/pdf';
import { localToday } from './support/systems';

const squash = (text: string) => text.replace(/\s+/g, '');

test('plan a drill, run it, turn a finding into an action, complete it by changing a procedure, approve and print the report', async ({ page, server, host }) => {
  test.setTimeout(150_000); // one story across three areas, and a PDF with fonts, on a busy 2-core machine
  await openApp(page, server);
  await loadDemoFromFirstRun(page);
  const today = localToday();

  await test.step('the home shows the sample hospital’s overdue follow-up action', async () => {
    await expect(page.getByTestId('actions-home-notice')).toContainText('期限を過ぎた対応事項 1 件');
  });

  await test.step('plan a drill: a missing name is refused in Japanese', async () => {
    await page.getByRole('link', { name: '訓練', exact: true }).first().click();
    await expect(page.getByTestId('drills-list')).toContainText('ランサムウェアによる電子カルテ停止 総合訓練');
    await page.getByRole('link', { name: '訓練を計画' }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('入力してください。').first()).toBeVisible();
    await page.getByLabel('訓練名').fill('夜間の電子カルテ停止 機能訓練');
    await page.getByLabel('予定日').fill(today);
    await page.getByLabel('種類').selectOption({ label: '機能訓練' });
    await page.getByLabel('シナリオ').fill('夜間にランサムウェアで電子カルテが停止する');
    await page.getByLabel('外来受付', { exact: true }).check();
    await page.getByLabel(/鈴木 博/).check();
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('heading', { name: '夜間の電子カルテ停止 機能訓練', level: 1 })).toBeVisible();
  });

  await test.step('run it: starting declares an exercise incident, and the timeline takes a line', async () => {
    await page.getByRole('button', { name: '訓練を開始' }).click();
    await expect(page.getByTestId('drill-timeline')).toContainText('宣言');
    await expect(page.getByRole('link', { name: '演習のインシデント画面を開く' })).toHaveAttribute('href', /\/incidents\/.+/);
    await page.getByLabel('起きたこと・行ったこと').fill('連絡網の第1段階に到達');
    await page.getByRole('button', { name: '記録する' }).click();
    await expect(page.getByTestId('drill-timeline')).toContainText('連絡網の第1段階に到達');
  });

  await test.step('a finding becomes a follow-up action with the drill as its source', async () => {
    await page.getByLabel('気づきの内容').fill('外来受付の手順に仮患者番号の払い出しがない');
    await page.getByLabel('担当（連絡先）').selectOption({ label: '渡辺 隆' });
    await page.getByRole('button', { name: '気づきを追加（対応事項を作成）' }).click();
    await expect(page.getByTestId('drill-findings')).toContainText('未着手');
    await page.getByTestId('drill-findings').getByRole('link').click();
    await expect(page.getByRole('heading', { name: /対応事項：外来受付の手順/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /訓練：夜間の電子カルテ停止/ })).toBeVisible();
  });

  await test.step('the action names the procedure it changes; completing it before the change finds nothing to link', async () => {
    await page.getByLabel('種類').selectOption({ label: '紙運用手順' });
    await page.getByLabel('記録', { exact: true }).selectOption({ label: '外来受付の紙運用' });
    await page.getByRole('button', { name: '追加', exact: true }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByTestId('action-changes')).toContainText('外来受付の紙運用');
    await page.getByTestId('action-complete').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('登録後の変更はありません');
    await expect(dialog.getByRole('button', { name: /はい、更新した/ })).toBeDisabled();
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
  });

  await test.step('change the procedure, then complete the action: the change is linked from the audit trail', async () => {
    await page.getByTestId('action-changes').getByRole('link', { name: '外来受付の紙運用' }).click();
    await page.getByRole('link', { name: '編集', exact: true }).click();
    await page.getByLabel('切替の判断（いつ紙運用に切り替えるか）').fill('電子カルテが 30 分以上使えないとき。仮患者番号は仮患者番号台帳から払い出す。');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('heading', { name: '外来受付の紙運用', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: '対応事項', exact: true }).first().click();
    await page.getByRole('link', { name: '外来受付の手順に仮患者番号の払い出しがない' }).click();
    await page.getByTestId('action-complete').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('1 件の変更');
    await dialog.getByRole('button', { name: /はい、更新した/ }).click();
    await expect(page.getByTestId('action-done')).toContainText(/更新を確認：監査ログ No\. \d+/);
    await page.getByRole('link', { name: '監査ログを開く' }).click();
    await expect(page.getByRole('row').filter({ hasText: '外来受付の紙運用' }).first()).toBeVisible();
  });

  await test.step('management’s approval: a future date is refused, then recorded; the report prints', async () => {
    await page.getByRole('link', { name: '訓練', exact: true }).first().click();
    await page.getByRole('link', { name: '夜間の電子カルテ停止 機能訓練' }).click();
    await page.getByLabel('報告内容').fill('連絡網は想定どおり。外来受付の手順を改訂した。');
    await page.getByRole('button', { name: '報告内容を保存' }).click();
    await page.getByLabel('承認者（連絡先）').selectOption({ label: '鈴木 博（病院長）' });
    await expect(page.getByLabel('承認者の氏名')).toHaveValue('鈴木 博');
    await page.getByLabel('承認日').fill('2099-01-01');
    await page.getByRole('button', { name: '承認を記録' }).click();
    await expect(page.getByText('承認日に未来の日付は使えません。')).toBeVisible();
    await page.getByLabel('承認日').fill(today);
    await page.getByLabel('承認の記録（会議名・文書番号）').fill('第8回 医療情報システム安全管理委員会');
    await page.getByRole('button', { name: '承認を記録' }).click();
    await expect(page.getByTestId('drill-approval')).toContainText('鈴木 博（病院長）が承認');
    await page.getByRole('button', { name: '訓練報告書を印刷' }).click();
    await expect(page.getByTestId('print-saved')).toBeVisible({ timeout: 60_000 });
    const text = squash(pdfText(host!.savedPaths[0]!));
    for (const expected of ['訓練報告書夜間の電子カルテ停止機能訓練', '機能訓練', '宣言', '連絡網の第1段階に到達', '外来受付の手順に仮患者番号', '完了', '渡辺隆', '鈴木博（病院長）', '第8回医療情報システム安全管理委員会']) {
      expect(text).toContain(expected);
    }
  });
});
