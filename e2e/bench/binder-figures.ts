/**
 * The BCP binder (issue 19) of the large synthetic workbook, printed from the 印刷 screen in Chromium exactly as a user
 * does (管理者版: every section read through its area's loader, composed, rendered in the PDF worker, downloaded):
 * pages, total ms from the click to the saved file, pages per second, and the longest gap between animation frames on
 * the window's thread meanwhile (the window never freezes).
 */
import { execFileSync } from 'node:child_process';
import type { Browser } from '@playwright/test';
import { recordFrames, seedPage } from './browser-figures';
import { summarize } from './stats';

export async function binderFigures(browser: Browser, url: string, dump: Record<string, unknown[]>, runs: number) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await recordFrames(page);
  await seedPage(page, url, dump);
  const totalMs: number[] = [];
  const gaps: (number | null)[] = [];
  let pages = 0;
  for (let i = 0; i < runs; i++) {
    await page.goto(`${url}#/print`);
    const card = page.getByRole('region', { name: 'BCP 冊子（計画全体）' });
    await card.getByLabel('管理者版').check();
    const download = page.waitForEvent('download', { timeout: 600_000 });
    const start = await page.evaluate(() => performance.now());
    await card.getByRole('button', { name: 'BCP 冊子を作成' }).click();
    const file = await download;
    const end = await page.evaluate(() => performance.now());
    totalMs.push(Math.round(end - start));
    gaps.push(
      await page.evaluate(
        ([from, to]) => {
          const frames = (window as unknown as { __frames: number[] }).__frames.filter((t) => t >= from && t <= to);
          // Fewer than two frames seen means the sampler saw nothing (a hidden page draws none): no figure rather than 0.
          if (frames.length < 2) return null;
          let longest = 0;
          for (let f = 1; f < frames.length; f++) longest = Math.max(longest, frames[f]! - frames[f - 1]!);
          return Math.round(longest);
        },
        [start, end] as const,
      ),
    );
    const info = execFileSync('pdfinfo', [(await file.path())!], { encoding: 'utf8' });
    pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  }
  await context.close();
  const total = summarize(totalMs);
  return { pages, totalMs: total, pagesPerSecond: Math.round((pages / (total.median / 1000)) * 10) / 10, longestFrameGapMs: gaps.every((g) => g !== null) ? Math.max(...gaps) : null };
}
