import { execFileSync } from 'node:child_process';
import { completeFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';
import { pdfText } from './support/pdf';
import { addSystem } from './support/systems';

const squash = (text: string) => text.replace(/\s+/g, '');

test('add two segments and a link with cut steps, see the diagram and what a cut isolates, print the diagram and the isolation sheet', async ({ page, server, host }) => {
  test.setTimeout(150_000); // two PDFs with the fonts loaded once each, on a busy 2-core machine
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: 'みなと総合病院', userName: '山田 花子' });
  await addSystem(page, { name: '基幹ファイアウォール', kind: 'ネットワーク機器', priority: '1' });

  await test.step('two segments; a subnet that is not one is refused in Japanese', async () => {
    await page.getByRole('link', { name: 'ネットワーク', exact: true }).first().click();
    await page.getByRole('link', { name: 'セグメントを追加' }).click();
    await page.getByLabel('名前', { exact: true }).fill('電子カルテ系');
    await page.getByLabel('用途').selectOption({ label: '電子カルテ系' });
    await page.getByLabel('サブネット').fill('電子カルテ');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('サブネットは「10.20.0.0/22」の形で入力してください。')).toBeVisible();
    await page.getByLabel('サブネット').fill('10.20.0.0/22');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('link', { name: 'セグメントを追加' }).click();
    await page.getByLabel('名前', { exact: true }).fill('バックアップ系');
    await page.getByLabel('用途').selectOption({ label: 'バックアップ系' });
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByTestId('segments-table')).toContainText('電子カルテ系');
    await expect(page.getByTestId('segments-table')).toContainText('バックアップ系');
  });

  await test.step('the system chooses its segment', async () => {
    await page.getByRole('link', { name: 'システム台帳', exact: true }).first().click();
    await page.getByRole('link', { name: '基幹ファイアウォール' }).click();
    await page.getByRole('link', { name: '編集' }).click();
    await page.getByLabel('ネットワーク区分').selectOption({ label: '電子カルテ系' });
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('電子カルテ系')).toBeVisible();
  });

  await test.step('a link to itself is refused; a link with its cut steps is saved', async () => {
    await page.getByRole('link', { name: 'ネットワーク', exact: true }).first().click();
    await page.getByRole('link', { name: '接続を追加' }).click();
    await page.getByLabel('名前', { exact: true }).fill('電子カルテ系⇔バックアップ系');
    await page.getByLabel('セグメント', { exact: true }).selectOption({ label: '電子カルテ系' });
    await page.getByLabel('つながる先（セグメント）').selectOption({ label: '電子カルテ系' });
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('同じセグメントどうしはつなげません。別のセグメントを選んでください。')).toBeVisible();
    await page.getByLabel('つながる先（セグメント）').selectOption({ label: 'バックアップ系' });
    await page.getByLabel('経由する機器').selectOption({ label: '基幹ファイアウォール' });
    await page.getByLabel('バックアップ転送').check();
    await page.getByLabel('誰が切るか').fill('情報システム課 当番');
    await page.getByLabel('切る手順（1 行に 1 手順）').fill('ファイアウォールのポート8のケーブルを抜く\n抜いた時刻を記録する');
    await page.getByLabel('切ると止まるもの').fill('夜間バックアップ');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByTestId('links-table')).toContainText('電子カルテ系 ⇔ バックアップ系');
  });

  await test.step('the isolation plan cuts the backups first and says what stops', async () => {
    await page.getByRole('link', { name: '遮断計画' }).click();
    await expect(page.getByTestId('isolation-table')).toContainText('バックアップへの経路');
    await page.getByLabel(/セグメントを選ぶと/).selectOption({ label: 'バックアップ系' });
    await expect(page.getByTestId('isolating')).toContainText('電子カルテ系');
  });

  await test.step('the diagram is laid out in a worker, a link cut shows what it isolates, a system opens on click', async () => {
    await page.getByRole('link', { name: 'ネットワーク構成図' }).click();
    await expect(page.getByTestId('network-diagram')).toHaveAttribute('data-state', 'ready');
    await page.getByLabel('遮断の影響を表示する').check();
    await page.locator('[data-link-id] polyline').first().dispatchEvent('pointerdown');
    await page.locator('[data-link-id] polyline').first().dispatchEvent('pointerup');
    await expect(page.getByText(/を切ると切り離されるもの：/)).toBeVisible();
    await expect(page.getByTestId('isolated-segment')).toHaveCount(1);
    await page.screenshot({ path: test.info().outputPath('network-diagram.png'), fullPage: true });
    await page.getByLabel('遮断の影響を表示する').uncheck();
    await page.locator('[data-system-id]').first().dispatchEvent('pointerdown');
    await page.locator('[data-system-id]').first().dispatchEvent('pointerup');
    await expect(page.getByRole('heading', { name: '基幹ファイアウォール', level: 1 })).toBeVisible();
  });

  await test.step('print the diagram (A3) and the isolation check-off sheet', async () => {
    await page.getByRole('link', { name: 'ネットワーク', exact: true }).first().click();
    await page.getByRole('link', { name: 'ネットワーク構成図' }).click();
    await page.getByLabel('用紙').selectOption({ label: 'A3 横' });
    await page.getByRole('button', { name: '構成図を印刷（PDF）' }).click();
    await expect(page.getByTestId('print-saved')).toBeVisible({ timeout: 45_000 }); // fonts and pages, on a busy machine
    const diagramPdf = host!.savedPaths[0]!;
    const diagram = squash(pdfText(diagramPdf));
    for (const expected of ['ネットワーク構成図', 'みなと総合病院', '取扱注意', '最終更新', '電子カルテ系', 'バックアップ系', '基幹ファイアウォール', 'リモート保守回線']) expect(diagram).toContain(expected);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', diagramPdf, test.info().outputPath('diagram-pdf')]);

    await page.getByRole('link', { name: '遮断計画' }).click();
    await page.getByRole('button', { name: '遮断チェックシートを印刷（PDF）' }).click();
    await expect(page.getByTestId('print-saved')).toHaveCount(1);
    await expect.poll(() => host!.savedPaths.length, { timeout: 45_000 }).toBe(2);
    const sheetPdf = host!.savedPaths[1]!;
    const sheet = squash(pdfText(sheetPdf));
    for (const expected of ['遮断チェックシート', 'バックアップへの経路', '抜いた時刻を記録する', '基幹ファイアウォール', '夜間バックアップ', '確認者']) expect(sheet).toContain(expected);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', sheetPdf, test.info().outputPath('isolation-pdf')]);
  });
});
