import { copyFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { loadDemoFromFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';
import { pdfText } from './support/pdf';

const squash = (text: string) => text.replace(/\s+/g, '');

/** Every section of the full binder, as its heading is printed. */
const ADMIN_SECTIONS = ['情報システム部門 事業継続計画', '非常時レベル', 'システム台帳', '復旧手順', 'ネットワーク構成図', '遮断計画', '非常用アカウント台帳', '紙運用手順', '帳票', '緊急連絡先', '連絡網', '訓練の記録', '対応事項一覧', '改訂履歴'];
const CONFIDENTIAL = ['ネットワーク構成図', '遮断計画', '非常用アカウント台帳'];

async function printBinder(page: Page, edition: string, host: { savedPaths: string[] } | null, name: string): Promise<string[]> {
  const card = page.getByRole('region', { name: 'BCP 冊子（計画全体）' });
  await card.getByLabel(edition).check();
  const saved = host!.savedPaths.length;
  await card.getByRole('button', { name: 'BCP 冊子を作成' }).click();
  await expect(page.getByTestId('print-saved')).toContainText('BCP 冊子', { timeout: 60_000 }); // fonts load slowly on a busy machine
  await expect.poll(() => host!.savedPaths.length).toBe(saved + 1);
  const file = host!.savedPaths.at(-1)!;
  await copyFile(file, test.info().outputPath(name));
  return pdfText(file).split('\f').filter((p) => p.trim() !== '');
}

/** The contents' lines: 「<title> … <page>」, read from the pages headed 目次. */
function contents(pages: readonly string[]): { title: string; page: number }[] {
  return pages
    .filter((p) => /^\s*目次\s*$/m.test(p))
    .flatMap((p) => p.split('\n'))
    .map((line) => /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && !/ページ/.test(m[1]!))
    .map((m) => ({ title: m[1]!.trim(), page: Number(m[2]) }));
}

function expectFramedPages(pages: readonly string[]) {
  for (const [i, page] of pages.entries()) {
    expect(page).toContain(`${i + 1} / ${pages.length} ページ`);
    expect(page).toContain('取扱注意');
    expect(page).toContain('さくら市立総合病院');
    expect(squash(page)).toMatch(/令和\d+年\d+月\d+日（\d{4}年\d+月\d+日）/);
    expect(squash(page)).toContain('版：');
  }
}

test('the sample workbook prints the whole binder: contents point at the pages, the staff edition leaves out what is confidential, and a render can be stopped', async ({ page, server, host }) => {
  test.slow(); // two binders of several dozen pages
  await openApp(page, server);
  await loadDemoFromFirstRun(page);
  await page.getByTestId('tile-print').click();

  const admin = await printBinder(page, '管理者版', host, 'binder-admin.pdf');
  expectFramedPages(admin);
  expect(squash(admin[0]!)).toContain('BCP冊子（管理者版）');
  expect(squash(admin[1]!)).toContain('鈴木博（病院長）'); // the approver of the version in force
  const toc = contents(admin);
  const titles = toc.map((e) => e.title);
  for (const section of ADMIN_SECTIONS) expect(titles, section).toContain(section);
  for (const entry of toc) {
    // Each part starts on the page the contents give, with its heading at the top of that page.
    expect(squash(admin[entry.page - 1] ?? ''), `${entry.title} → p.${entry.page}`).toContain(squash(entry.title));
  }
  // The chapters follow the ひな形: 総則 first, 事後対応 (drills, actions) last before the revision history.
  const pageOf = (title: string) => toc.find((e) => e.title === title)!.page;
  expect(pageOf('非常時レベル')).toBeLessThan(pageOf('システム台帳'));
  expect(pageOf('帳票')).toBeLessThan(pageOf('緊急連絡先'));
  expect(pageOf('対応事項一覧')).toBeLessThan(pageOf('改訂履歴'));
  test.info().annotations.push({ type: 'sample binder pages', description: String(admin.length) });

  const staff = await printBinder(page, '職員配布版', host, 'binder-staff.pdf');
  expectFramedPages(staff);
  expect(squash(staff[0]!)).toContain('BCP冊子（職員配布版）');
  const staffTitles = contents(staff).map((e) => e.title);
  for (const section of CONFIDENTIAL) expect(staffTitles).not.toContain(section);
  const staffText = squash(staff.join(''));
  expect(staffText).not.toContain('非常用アカウント台帳');
  expect(staffText).not.toContain('ネットワーク構成図（');
  expect(staff.length).toBeLessThan(admin.length);

  // A render in progress stops at once and nothing is saved.
  const saved = host!.savedPaths.length;
  await page.getByRole('region', { name: 'BCP 冊子（計画全体）' }).getByLabel('管理者版').check();
  await page.getByRole('region', { name: 'BCP 冊子（計画全体）' }).getByRole('button', { name: 'BCP 冊子を作成' }).click();
  await page.getByRole('button', { name: '中止' }).click();
  await expect(page.getByText('PDF の作成を中止しました。')).toBeVisible();
  expect(host!.savedPaths).toHaveLength(saved);
});
