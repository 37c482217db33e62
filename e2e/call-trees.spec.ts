import { completeFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';
import { pdfText } from './support/pdf';

test('a call tree is built level by level with fallbacks, validated, reordered, shown as a tree and printed', async ({ page, server, host }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '連絡網病院' });
  await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '連絡網', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '連絡網' })).toBeVisible();
  await expect(page.getByText('連絡網はまだありません。')).toBeVisible();
  const tree = page.getByTestId('call-tree');
  const levels = tree.locator('.contacts-tree-level');

  await test.step('空の連絡網は保存できず、名前と連絡する人を求められる', async () => {
    await page.getByRole('link', { name: '連絡網を追加' }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('入力してください。')).toBeVisible();
    await expect(page.getByText('連絡する人を選んでください。')).toBeVisible();
  });

  await test.step('段階と不在時の代わりを入れる：同じ人を二度入れると拒否される', async () => {
    await page.getByLabel('名前', { exact: true }).fill('ランサムウェア発生時');
    await page.getByLabel('発動条件（いつ始めるか）').fill('脅迫文が表示されたとき');
    await page.getByLabel('第1段階 連絡する人').selectOption({ label: '電子カルテベンダー 24時間窓口／電子カルテベンダー／障害受付' });
    await page.getByRole('button', { name: '段階を追加' }).click();
    await page.getByLabel('第2段階 連絡する人').selectOption({ label: '都道府県警察 サイバー犯罪相談窓口／都道府県警察／被害の届出・相談' });
    await page.locator('[data-testid="tree-level"]').nth(1).getByRole('button', { name: '代わりを追加' }).click();
    // the same contact twice is refused
    await page.getByLabel('第2段階 不在時の代わり（順に） 1').selectOption({ label: '電子カルテベンダー 24時間窓口／電子カルテベンダー／障害受付' });
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('同じ人が連絡網の中に 2 回出てきます。')).toBeVisible();
    await page.getByLabel('第2段階 不在時の代わり（順に） 1').selectOption({ label: '厚生労働省 医政局／厚生労働省／医療情報システムのサイバー攻撃の報告先' });
  });

  await test.step('第2段階（警察）を上へ移して保存する', async () => {
    await page.getByRole('button', { name: '第2段階 上へ' }).click();
    await expect(page.getByLabel('第1段階 連絡する人')).toHaveValue(/.+/);
    await page.getByRole('button', { name: '保存' }).click();
  });

  await test.step('保存した連絡網が入れ替えた段階順で表示される', async () => {
    await expect(tree).toContainText('ランサムウェア発生時');
    await expect(tree).toContainText('脅迫文が表示されたとき');
    await expect(levels.nth(0)).toContainText('都道府県警察 サイバー犯罪相談窓口');
    await expect(levels.nth(0)).toContainText('厚生労働省 医政局');
    await expect(levels.nth(1)).toContainText('電子カルテベンダー 24時間窓口');
  });

  await test.step('印刷：PDF に発動条件・段階・代わり・未登録が段階順に載る', async () => {
    await page.getByRole('button', { name: 'ランサムウェア発生時 印刷' }).click();
    await expect(page.getByTestId('print-saved')).toHaveText(/「連絡網_ランサムウェア発生時_連絡網病院_\d{8}\.pdf」を保存しました。/);
    const text = pdfText(host!.savedPaths[0]!).replace(/[ \t]+/g, ' ');
    for (const expected of ['連絡網：ランサムウェア発生時', '発動条件', '脅迫文が表示されたとき', '第1段階', '第2段階', '都道府県警察 サイバー犯罪相談窓口', '不在時 1：厚生労働省 医政局', '電子カルテベンダー 24時間窓口', '未登録', '連絡済']) {
      expect(text, expected).toContain(expected);
    }
    expect(text.indexOf('第1段階')).toBeLessThan(text.indexOf('第2段階'));
    expect(text.indexOf('都道府県警察')).toBeLessThan(text.indexOf('電子カルテベンダー 24時間窓口'));
  });

  await test.step('段階のただ一人を削除：確認が使っている連絡網を名指しする', async () => {
    await page.getByRole('link', { name: 'ランサムウェア発生時 編集' }).click();
    await page.getByLabel('この段階で伝えること・すること').nth(1).fill('障害受付番号を控える');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '連絡先', exact: true }).click();
    await page.getByTestId('contact-row').filter({ hasText: '電子カルテベンダー 24時間窓口' }).getByRole('link', { name: '編集' }).click();
    await page.getByRole('button', { name: 'この連絡先を削除' }).click();
    await expect(page.getByRole('dialog')).toContainText('次の連絡網で使われています：ランサムウェア発生時');
    await page.getByRole('dialog').getByRole('button', { name: 'この連絡先を削除' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '緊急連絡先' })).toBeVisible();
  });

  await test.step('削除された人の段階は空きとして残り、保存するには選び直しを求められる', async () => {
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '連絡網', exact: true }).click();
    await expect(levels).toHaveCount(2);
    await expect(levels.nth(1)).toContainText('（削除された連絡先）');
    await expect(levels.nth(1)).toContainText('障害受付番号を控える');
    await page.getByRole('link', { name: 'ランサムウェア発生時 編集' }).click();
    await expect(page.getByText('この段階の連絡する人は削除されました。連絡する人を選んでください。')).toBeVisible();
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('連絡する人を選んでください。', { exact: true })).toBeVisible();
  });
});
