import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { completeFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';
import { pdfText } from './support/pdf';

const flat = (text: string) => text.replace(/\s+/g, '');
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

async function openPaper(page: Page): Promise<void> {
  await page.getByTestId('tile-paper').click();
  await expect(page.getByRole('heading', { name: '紙運用・帳票', level: 1 })).toBeVisible();
}

/** Wait for the print job to save and return the file and its text. */
async function savedPdf(page: Page, host: { savedPaths: string[] } | null, count: number): Promise<{ file: string; text: string }> {
  await expect(page.getByTestId('print-saved')).toBeVisible();
  await expect.poll(() => host?.savedPaths.length).toBe(count);
  const file = host!.savedPaths[count - 1]!;
  return { file, text: flat(pdfText(file)) };
}

test('a new workbook offers the starter forms; a form designed on screen prints with its copies marked', async ({ page, server, host }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'みなと病院', departments: ['外来受付', '薬剤部'] });
  await openPaper(page);
  await test.step('a new workbook lists the starter forms', async () => {
    for (const title of ['外来受付票', '院内処方箋', '仮患者番号台帳', '事後入力チェック表', '指示受け記録']) {
      await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
    }
  });

  await test.step('the designer refuses no title, a nameless column, a zero width, too many copies and no columns, in Japanese', async () => {
    await page.getByRole('link', { name: '帳票を作成' }).click();
    await expect(page.getByRole('heading', { name: '帳票の作成' })).toBeVisible();
    await page.getByLabel('帳票名').fill('');
    await page.getByLabel('列 1 の名前').fill('');
    await page.getByLabel('列 2 の幅').fill('0');
    await page.getByLabel('複写枚数').fill('9');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('入力内容に誤りがあります。')).toBeVisible();
    await expect(page.getByText('幅は 0 より大きい数で入力してください。')).toBeVisible();
    await expect(page.getByText('複写枚数は 1〜5 の整数で入力してください。')).toBeVisible();
    for (const n of [3, 2, 1]) await page.getByRole('button', { name: `列 ${n} を削除` }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('表の列を 1 つ以上作成してください。')).toBeVisible();
  });

  await test.step('a transfusion record is designed, and the preview shows its columns, first copy and 18 rows', async () => {
    await page.getByLabel('帳票名').fill('輸血実施記録');
    await page.getByLabel('部署').selectOption('病棟');
    for (const [label, width] of [
      ['実施日時', '1'],
      ['製剤名・ロット番号', '3'],
      ['投与量', '1'],
      ['実施者', '1'],
    ] as const) {
      await page.getByRole('button', { name: '列を追加' }).click();
      const n = await page.getByRole('textbox', { name: /^列 \d+ の名前$/ }).count();
      await page.getByLabel(`列 ${n} の名前`).fill(label);
      await page.getByLabel(`列 ${n} の幅`).fill(width);
    }
    await page.getByLabel('複写枚数').fill('2');
    await page.getByLabel('1ページの行数').fill('18');
    await page.getByRole('button', { name: '署名欄を追加' }).click();
    await page.getByLabel('署名欄 1', { exact: true }).fill('医師');
    await page.getByLabel('注意書き（用紙の下に印字）').fill('2人で照合してから実施すること。');
    const preview = page.getByTestId('form-preview');
    await expect(preview).toContainText('輸血実施記録');
    await expect(preview).toContainText('製剤名・ロット番号');
    await expect(preview).toContainText('1枚目（原本）');
    await expect(preview.locator('tbody tr')).toHaveCount(18);
    await page.screenshot({ path: test.info().outputPath('designer.png'), fullPage: true });
  });

  await test.step('saving keeps it open as 帳票の編集', async () => {
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('保存しました。')).toBeVisible();
    await expect(page.getByRole('heading', { name: '帳票の編集：輸血実施記録' })).toBeVisible();
  });

  await test.step('two sets of 2 copies print on 4 pages with every column, signature, note and copy mark', async () => {
    await page.getByLabel('部数').fill('2');
    await page.getByRole('button', { name: 'この帳票を印刷' }).click();
    const { file, text } = await savedPdf(page, host, 1);
    expect(file).toMatch(/輸血実施記録_みなと病院_\d{8}\.pdf$/);
    expect(pageCount(file)).toBe(4);
    for (const expected of ['みなと病院', '輸血実施記録', '病棟', '実施日時', '製剤名・ロット番号', '投与量', '実施者', '医師', '2人で照合してから実施すること。', '1枚目（原本）', '2枚目（控え）', '4/4ページ']) {
      expect(text).toContain(expected);
    }
  });

  await test.step('the saved form is listed under its department and reopens as designed', async () => {
    await page.getByRole('link', { name: '← 紙運用・帳票' }).click();
    await page.getByTestId('paper-department-病棟').getByRole('link', { name: '輸血実施記録' }).click();
    await expect(page.getByLabel('列 2 の名前')).toHaveValue('製剤名・ロット番号');
  });

  await test.step('pre-numbering turned on for the saved form is kept after a reload, then locked to its range', async () => {
    await page.getByLabel('1列目に仮患者番号を印字する（仮患者番号台帳）').check();
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('保存しました。')).toBeVisible();
    await expect(page.getByTestId('numbering-status')).toContainText('仮-000001');
    await page.reload();
    await expect(page.getByLabel('1列目に仮患者番号を印字する（仮患者番号台帳）')).toBeChecked();
    await expect(page.getByLabel('1列目に仮患者番号を印字する（仮患者番号台帳）')).toBeDisabled();
  });
});

test('the temporary ID ledger never prints a number twice and refuses when its range runs out', async ({ page, server, host }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'みなと病院' });
  await openPaper(page);
  await page.getByRole('link', { name: '仮患者番号台帳', exact: true }).click();
  await expect(page.getByTestId('numbering-status')).toContainText('仮-000001');

  await page.getByLabel('部数').fill('2');
  await page.getByRole('button', { name: 'この帳票を印刷' }).click();
  const first = await savedPdf(page, host, 1);
  await expect(page.getByTestId('numbering-status')).toContainText('仮-000051');
  await page.getByLabel('部数').fill('1');
  await page.getByRole('button', { name: 'この帳票を印刷' }).click();
  await expect.poll(() => host?.savedPaths.length).toBe(2);
  await expect(page.getByTestId('numbering-status')).toContainText('仮-000076');
  const second = flat(pdfText(host!.savedPaths[1]!));
  const ids = [...(first.text.match(/仮-\d{6}/g) ?? []), ...(second.match(/仮-\d{6}/g) ?? [])];
  expect(ids).toHaveLength(75);
  expect(new Set(ids).size).toBe(75);

  // An explicit, confirmed reset to a small range; a print that needs more is refused and nothing is printed.
  await page.getByRole('button', { name: '番号の範囲を設定し直す' }).click();
  await page.getByLabel('開始番号').fill('100');
  await page.getByLabel('終了番号').fill('110');
  await expect(page.getByRole('button', { name: 'この範囲で設定し直す' })).toBeDisabled();
  await page.getByLabel('印刷済みの番号と重複しないことを確認しました').check();
  await page.getByRole('button', { name: 'この範囲で設定し直す' }).click();
  await expect(page.getByTestId('numbering-status')).toContainText('仮-000100');
  await page.getByRole('button', { name: 'この帳票を印刷' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '仮患者番号が足りません（残り 11 件、必要 25 件）' })).toBeVisible();
  expect(host?.savedPaths).toHaveLength(2);
});

test('a procedure written on screen prints in its department downtime kit with its forms', async ({ page, server, host }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'みなと病院' });
  await openPaper(page);
  await page.getByRole('link', { name: '手順を追加' }).click();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByLabel('手順名')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('手順名').fill('外来受付の紙運用');
  await page.getByLabel('部署').selectOption('外来受付');
  await page.getByLabel('発動レベル').selectOption({ label: 'レベル2 基幹システム停止' });
  await page.getByLabel('切替の判断（いつ紙運用に切り替えるか）').fill('電子カルテに**30分以上**つながらないとき\n- 外来責任者が判断する');
  await page.getByLabel('担当').first().fill('受付リーダー');
  await page.getByLabel('手順 1').fill('外来受付票を配る\n- 初診は**仮患者番号**を払い出す');
  await page.getByLabel('必要物品').fill('- 外来受付票\n- ボールペン');
  await page.getByLabel('外来受付票').check();
  await page.getByLabel('仮患者番号台帳').check();
  await page.getByLabel('紙の原本の保管').fill('入力後も**原本**として医事課で保管する');
  await page.getByRole('button', { name: '保存' }).click();

  await expect(page.getByRole('heading', { name: '外来受付の紙運用' })).toBeVisible();
  await expect(page.locator('.paper-markup strong', { hasText: '30分以上' })).toBeVisible();
  await expect(page.locator('.paper-markup li', { hasText: '外来責任者が判断する' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('procedure.png'), fullPage: true });

  await page.getByRole('link', { name: '← 紙運用・帳票' }).click();
  await page.getByTestId('paper-department-外来受付').getByRole('button', { name: '外来受付 のキットを印刷' }).click();
  const { file, text } = await savedPdf(page, host, 1);
  expect(file).toMatch(/ダウンタイムキット_外来受付_みなと病院_\d{8}\.pdf$/);
  for (const expected of ['ダウンタイムキット', '外来受付の紙運用', 'レベル2基幹システム停止', '30分以上', '受付リーダー', '仮患者番号を払い出す', '外来受付票', '仮患者番号台帳', '仮-000001']) {
    expect(text).toContain(expected);
  }
  expect(text).not.toContain('**');
  // contents page + procedure + 外来受付票 + 仮患者番号台帳 (one of each)
  expect(pageCount(file)).toBe(4);
});

test('the whole hospital kit and the stock plan print from the print screen', async ({ page, server, host }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'みなと病院', wards: ['3階東病棟', '4階西病棟'] });
  await openPaper(page);
  await page.getByRole('link', { name: '帳票の備蓄計画' }).click();
  await expect(page.getByLabel('想定する紙運用の日数')).toHaveValue('28');
  await expect(page.getByRole('cell', { name: '4階西病棟' }).first()).toBeVisible();
  await page.getByLabel('想定する紙運用の日数').fill('0');
  await expect(page.getByText('日数は 1〜366 の整数で入力してください。')).toBeVisible();
  await page.getByLabel('想定する紙運用の日数').fill('7');
  await page.screenshot({ path: test.info().outputPath('stock.png'), fullPage: true });
  await page.getByRole('button', { name: '備蓄計画を印刷' }).click();
  const stock = await savedPdf(page, host, 1);
  expect(stock.text).toContain('7日間');
  expect(stock.text).toContain('4階西病棟');

  await page.getByRole('link', { name: '印刷', exact: true }).click();
  // A year of every form is far more than one print can render: refused up front, nothing reserved or saved.
  await page.getByLabel('備蓄計画の使用数で日数分').check();
  await page.getByLabel('日数', { exact: true }).fill('366');
  await page.getByRole('button', { name: 'キットを印刷' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '1 回に印刷できる上限（2,500 ページ）を超えるため、印刷していません' })).toBeVisible();
  expect(host?.savedPaths).toHaveLength(1);
  // A long job can be stopped while it renders: nothing is saved, and the temporary IDs it took are named as 欠番.
  await page.getByLabel('日数', { exact: true }).fill('4');
  await page.getByRole('button', { name: 'キットを印刷' }).click();
  await page.getByRole('button', { name: '中止' }).click();
  await expect(page.getByText('PDF の作成を中止しました。')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: '欠番' })).toContainText('仮患者番号台帳 仮-000001〜');
  await page.screenshot({ path: test.info().outputPath('kit-stopped.png') });
  expect(host?.savedPaths).toHaveLength(1);
  await page.getByLabel('各様式 1部（コピーの原本にする）').check();
  await page.getByRole('button', { name: 'キットを印刷' }).click();
  await expect.poll(() => host?.savedPaths.length).toBe(2);
  await expect(page.getByTestId('print-saved')).toContainText('病院全体ダウンタイムキット');
  const kit = host!.savedPaths[1]!;
  const text = flat(pdfText(kit));
  for (const expected of ['病院全体ダウンタイムキット', '院内処方箋', '食事箋', '検査依頼票']) expect(text).toContain(expected);
  expect(pageCount(kit)).toBeGreaterThan(10);
});
