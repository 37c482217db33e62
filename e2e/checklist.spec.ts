import type { Page } from '@playwright/test';
import { loadDemoFromFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';
import { pdfText } from './support/pdf';

const squash = (text: string) => text.replace(/\s+/g, '');

/** Follow-up actions whose source is a checklist answer, read straight from the workbook database. */
function checklistActions(page: Page): Promise<{ title: string; dueDate: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('bcp-workbook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('actions').objectStore('actions').getAll();
          request.onsuccess = () => {
            const rows = request.result as { title: string; dueDate: string; source?: { table: string } }[];
            resolve(rows.filter((a) => a.source?.table === 'checklistAnswers').map(({ title, dueDate }) => ({ title, dueDate })));
            open.result.close();
          };
        };
      }),
  );
}

function fiscalYearDates() {
  const now = new Date();
  const start = now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1;
  return { today: now.toLocaleDateString('sv-SE'), lastDay: `${start + 1}-03-31`, nextFirstDay: `${start + 1}-04-01` };
}

test('answer the BCP 確認表 detection phase with evidence, an いいえ becomes an action, print the inspection grid, and a broken set file changes nothing', async ({ page, server, host }) => {
  // The story takes about 30 s on an idle machine; the PDF step stretches far beyond that on a loaded one.
  test.setTimeout(180_000);
  await openApp(page, server);
  await loadDemoFromFirstRun(page);
  await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: 'ガイドライン対応表', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ガイドライン対応表' })).toBeVisible();
  const before = (await checklistActions(page)).length;
  const { today, lastDay, nextFirstDay } = fiscalYearDates();

  await test.step('answer the three items of 2 検知; an いいえ needs a 目標日 inside the 年度', async () => {
    await page.getByRole('button', { name: 'サイバー攻撃を想定した事業継続計画（BCP）策定の確認表' }).click();
    const section = page.getByTestId('section-p2');
    await expect(page.getByTestId('section-progress-p2')).toHaveText('0 / 3 件回答（はい 0・いいえ 0・該当なし 0）');
    const dialog = page.getByRole('dialog');
    for (const number of ['2-1', '2-2']) {
      await section.getByRole('button', { name: `${number} に回答する` }).click();
      await dialog.getByTestId('round-first').getByLabel('はい').check();
      await dialog.getByLabel('1回目 確認日').fill(today);
      await dialog.getByRole('button', { name: '保存' }).click();
      await expect(dialog).toBeHidden();
    }
    await section.getByRole('button', { name: '2-3 に回答する' }).click();
    await dialog.getByTestId('round-first').getByLabel('いいえ').check();
    await dialog.getByLabel('1回目 確認日').fill(today);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByText('いいえ のときは目標日を入れてください。')).toBeVisible();
    await dialog.getByLabel('目標日').fill(nextFirstDay);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByText('目標日はこの年度の中の日付にしてください。')).toBeVisible();
    await dialog.getByLabel('目標日').fill(lastDay);
    await dialog.getByLabel('根拠の記録を追加').selectOption({ label: 'ランサムウェア疑い 連絡網' });
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('section-progress-p2')).toHaveText('3 / 3 件回答（はい 2・いいえ 1・該当なし 0）');
    await expect(page.getByTestId('item-2-3').getByTestId('answer-summary')).toContainText('目標日：令和');
    await page.getByTestId('section-p2').screenshot({ path: test.info().outputPath('detection-phase.png') });
  });

  await test.step('the いいえ created its follow-up action, due on the 目標日', async () => {
    const actions = await checklistActions(page);
    expect(actions).toHaveLength(before + 1);
    expect(actions).toContainEqual({ title: expect.stringContaining('ガイドライン対応表 2-3：'), dueDate: lastDay });
  });

  await test.step('evidence is shown beside the item, and its links open the records', async () => {
    const item = page.getByTestId('item-2-3');
    await expect(item.getByTestId('evidence')).toContainText('連絡網 2 件に');
    await item.getByRole('link', { name: 'ランサムウェア疑い 連絡網' }).click();
    await expect(page).toHaveURL(/\/call-trees\/demo-calltree-02$/);
    await expect.poll(() => page.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toContain('ランサムウェア疑い 連絡網');
    await page.goBack();
  });

  await test.step('the checklist grid prints for inspection in 和暦', async () => {
    await page.getByRole('button', { name: /^医療機関等におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）/ }).click();
    await page.getByRole('button', { name: 'この項目セットを印刷' }).click();
    // Laying out three landscape pages takes a while when the machine is busy.
    await expect(page.getByTestId('print-saved')).toBeVisible({ timeout: 120_000 });
    const text = squash(pdfText(host!.savedPaths.at(-1)!));
    for (const expected of ['さくら市立総合病院（サンプル）', '令和8年度', '医療機関確認用', '2-⑦', '1回目', '2回目', '目標日', 'いいえ', '令和9年1月31日', '公表版との照合が必要', '令和9年度']) expect(text).toContain(expected);
  });

  await test.step('the sample’s returned vendor sheet is recorded with its date', async () => {
    await page.getByRole('link', { name: '事業者確認用のシート' }).click();
    await expect(page.getByTestId('vendor-demo-contact-13')).toContainText('令和8年6月26日 受領');
    await expect(page.getByRole('button', { name: /の送付用シートを印刷$/ })).toHaveCount(5);
    await page.getByRole('link', { name: 'ガイドライン対応表' }).last().click();
  });

  await test.step('a broken set file is refused with its first problem, and nothing changes', async () => {
    const progress = await page.getByTestId('set-progress').textContent();
    await page.getByText('次の版の読み込み').click();
    const broken = { format: 'bcp-workbook-checklist-set', setId: 'mhlw-r7-facility', version: '2026', title: '壊れた版', layout: 'grid', sections: [{ id: 's1', title: '1' }], items: [{ id: '1-01', number: '', section: 's1', text: '項目' }] };
    await page.locator('#checklist-set-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect(page.getByTestId('set-file-outcome')).toHaveText('ファイルを読み込めませんでした：項目（items）の1番目の番号（number）が空です。');
    await expect(page.getByRole('heading', { level: 2, name: /医療機関確認用）令和7年度版/ })).toContainText('版 2025');
    await expect(page.getByTestId('set-progress')).toHaveText(progress!);
    await expect(page.getByTestId('item-2-07')).toBeVisible();
  });
});
