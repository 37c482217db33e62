import { readFile } from 'node:fs/promises';
import { completeFirstRun } from './support/app';
import { expect, openApp, test } from './support/fixtures';
import { pdfFonts, pdfText } from './support/pdf';

test('the cover sheet prints through the host to a PDF with the Japanese facility name and embedded fonts', async ({ page, server, host }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '髙﨑記念病院', departments: ['外来受付', '放射線科'] });
  await page.getByTestId('tile-print').click();
  await page.getByRole('region', { name: '表紙（施設情報・目次）' }).getByRole('button', { name: 'PDF を作成' }).click();
  await expect(page.getByTestId('print-saved')).toHaveText(/「表紙_髙﨑記念病院_\d{8}\.pdf」を保存しました。/);

  expect(host?.savedPaths).toHaveLength(1);
  const file = host!.savedPaths[0]!;
  expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(file);
  expect(text).toContain('髙﨑記念病院');
  expect(text).toContain('取扱注意');
  expect(text).toContain('外来受付');
  expect(text).toMatch(/令和\d+年\d+月\d+日/);
  // Every built area's documents are listed: the contents and the approval table now take two pages.
  expect(text).toContain('ネットワーク構成図');
  expect(text).toContain('2 / 2');
  const fonts = pdfFonts(file);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font.name).toMatch(/NotoSansJP/);
    expect(font.embedded && font.subset).toBe(true);
  }

  await page.getByRole('button', { name: '開く' }).click();
  await expect.poll(() => host!.opened).toEqual([file]);
  await page.getByRole('button', { name: '印刷する' }).click();
  await expect.poll(() => host!.printed).toEqual([file]);
});

test.describe('web mode (browser twin of the bridge)', () => {
  test.use({ withHost: false });

  test('the cover sheet downloads as a PDF', async ({ page, server }) => {
    await openApp(page, server);
    await completeFirstRun(page, { facilityName: 'ウェブ病院' });
    await page.getByTestId('tile-print').click();
    const download = page.waitForEvent('download');
    await page.getByRole('region', { name: '表紙（施設情報・目次）' }).getByRole('button', { name: 'PDF を作成' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^表紙_ウェブ病院_\d{8}\.pdf$/);
    const target = test.info().outputPath(file.suggestedFilename());
    await file.saveAs(target);
    expect(pdfText(target)).toContain('ウェブ病院');
    await expect(page.getByTestId('print-saved')).toContainText('ダウンロードしました');
  });
});
