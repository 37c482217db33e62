import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { completeFirstRun } from './support/app';
import { contactRow, expectContactsListed, openContacts, todayIso } from './support/contacts';
import { expect, openApp, test } from './support/fixtures';
import { pdfText } from './support/pdf';
import { addSystem } from './support/systems';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);

test('a new workbook starts with the authority contacts to fill in, flagged 未確認 and counted on the home screen', async ({ page, server }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '初期病院' });
  await expect(page.getByTestId('contacts-review-notice')).toContainText('確認が必要な連絡先が 7 件あります');
  await page.getByTestId('contacts-review-notice').getByRole('link', { name: '確認する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '緊急連絡先' })).toBeVisible();
  const row = contactRow(page, '都道府県警察 サイバー犯罪相談窓口');
  await expect(row).toContainText('未登録');
  await expect(row.getByTestId('review-badge')).toHaveText('未確認');
  // The table's row count tells a screen reader all are listed: seven contacts, three group captions, the header.
  await expectContactsListed(page, 7);
  await expect(page.getByRole('table', { name: '緊急連絡先' })).toHaveAttribute('aria-rowcount', '11');
});

test('add, edit, verify, and find a contact by kana and by digits; a bad number is refused in Japanese', async ({ page, server }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '連絡先病院' });
  await openContacts(page);
  const row = contactRow(page, '髙橋 誠');

  await test.step('追加：不正な番号は日本語で拒否され、全角で入力した番号は整形して「未確認」で保存される', async () => {
    await page.getByRole('link', { name: '連絡先を追加' }).click();
    await page.getByLabel('種別').selectOption({ label: 'ベンダー' });
    await page.getByLabel('名前（氏名・窓口名）').fill('髙橋 誠');
    await page.getByLabel('フリガナ', { exact: true }).fill('たかはし まこと');
    await page.getByLabel('所属（会社・機関）').fill('株式会社サンプル保守');
    await page.getByLabel('番号 1').fill('でんわ');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '電話番号の形式が正しくありません' })).toBeVisible();

    await page.getByLabel('番号 1').fill('０３－１２３４－５６７８');
    await page.getByRole('button', { name: '番号を追加' }).click();
    await page.getByLabel('種類 2').selectOption({ label: '携帯' });
    await page.getByLabel('番号 2').fill('09012345678');
    await page.getByRole('button', { name: '保存' }).click();

    await expect(page.getByRole('heading', { level: 1, name: '緊急連絡先' })).toBeVisible();
    await expect(row).toContainText('タカハシ マコト');
    await expect(row).toContainText('03-1234-5678');
    await expect(row).toContainText('090-1234-5678');
    await expect(row.getByTestId('review-badge')).toHaveText('未確認');
  });

  await test.step('編集：変えた役職が一覧に出る', async () => {
    await row.getByRole('link', { name: '編集' }).click();
    await page.getByLabel('役職・役割').fill('保守課長');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(contactRow(page, '髙橋 誠')).toContainText('保守課長');
  });

  await test.step('確認：ワンクリックで最終確認日が今日になり「未確認」が消える', async () => {
    await contactRow(page, '髙橋 誠').getByRole('button', { name: '確認済みにする（髙橋 誠）' }).click();
    await expect(contactRow(page, '髙橋 誠')).toContainText(todayIso());
    await expect(contactRow(page, '髙橋 誠').getByTestId('review-badge')).toHaveCount(0);
  });

  await test.step('コピー：番号をワンクリックでコピーできる', async () => {
    // Through the execCommand fallback: the Electron app denies the clipboard permission.
    await contactRow(page, '髙橋 誠').getByRole('button', { name: '03-1234-5678 をコピー' }).click();
    await expect(contactRow(page, '髙橋 誠').getByText('コピーしました')).toBeVisible();
  });

  await test.step('検索：ひらがな・半角カナ・異体字・数字で見つかり、該当なしはそう表示される', async () => {
    const search = page.getByRole('searchbox', { name: '連絡先を検索' });
    for (const query of ['たかはし', 'ﾀｶﾊｼ', '高橋', '0312345678', '５６７８']) {
      await search.fill(query);
      await expect(page.getByTestId('contact-row'), query).toHaveCount(1);
      await expect(contactRow(page, '髙橋 誠')).toBeVisible();
    }
    await search.fill('存在しない名前');
    await expect(page.getByText('該当する連絡先はありません。')).toBeVisible();
  });

  await test.step('監査ログ：変更項目が画面の言葉で表示され、キーワードで見つかる', async () => {
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '監査ログ' }).click();
    const changes = page.getByRole('row').filter({ hasText: '髙橋 誠' }).filter({ hasText: '変更' });
    await expect(changes.filter({ hasText: '役職・役割' })).toHaveCount(1);
    await expect(changes.filter({ hasText: '最終確認日' })).toHaveCount(1);
    await expect(page.getByRole('table')).not.toContainText(/lastVerifiedAt|currentUser|knownUsers/);
    // …and the keyword finds a change by those words.
    await page.getByLabel('キーワード').fill('最終確認日');
    await expect(page.getByRole('row').filter({ hasText: '髙橋 誠' })).toHaveCount(1);
  });
});

test('a contact supporting the only system in the inventory is saved, with 内線 typed as the hint says and a full-width email', async ({ page, server }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '単一病院' });
  await addSystem(page, { name: '電子カルテ', priority: '1' });
  await openContacts(page);
  await page.getByRole('link', { name: '連絡先を追加' }).click();
  await page.getByLabel('種別').selectOption({ label: 'ベンダー' });
  await page.getByLabel('名前（氏名・窓口名）').fill('電子カルテ保守窓口');
  await page.getByLabel('種類 1').selectOption({ label: '内線' });
  await page.getByLabel('番号 1').fill('内線 2101');
  await page.getByLabel('メール').fill('ｈｅｌｐ＠ｅｘａｍｐｌｅ．ｊｐ');
  await page.getByRole('checkbox', { name: '電子カルテ' }).check();
  await page.getByRole('button', { name: '保存' }).click();

  await expect(page.getByRole('heading', { level: 1, name: '緊急連絡先' })).toBeVisible();
  const row = contactRow(page, '電子カルテ保守窓口');
  await expect(row).toContainText('2101');
  await row.getByRole('link', { name: '編集' }).click();
  await expect(page.getByRole('checkbox', { name: '電子カルテ' })).toBeChecked();
  await expect(page.getByLabel('メール')).toHaveValue('help@example.jp');
  await expect(page.getByLabel('番号 1')).toHaveValue('2101');
});

test('a CP932 file from Excel is imported after the mapping and the check; nothing is written before confirming', async ({ page, server }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '取込病院' });
  await openContacts(page);
  await page.getByRole('link', { name: 'CSV 取込' }).click();
  await page.locator('#contacts-csv-file').setInputFiles(fixture('contacts-cp932.csv'));
  await expect(page.getByText('「contacts-cp932.csv」：3 行、文字コード Shift_JIS (CP932)')).toBeVisible();
  await expect(page.getByLabel('取り込む項目：ﾌﾘｶﾞﾅ')).toHaveValue('furigana');
  await expect(page.getByLabel('取り込む項目：電話番号')).toHaveValue('phone_external');
  await expect(page.getByRole('table')).toContainText('髙橋 一郎');
  await page.getByRole('button', { name: '内容を確認' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText('新規 3 件 / 更新 0 件 / 要確認付きで取込 0 件 / 取り込まない 0 行');

  // still nothing written
  await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '非常時ホーム' }).click();
  await expect(page.getByText('連絡先 7 件')).toBeVisible();
  await openContacts(page);
  await page.getByRole('link', { name: 'CSV 取込' }).click();
  await page.locator('#contacts-csv-file').setInputFiles(fixture('contacts-cp932.csv'));
  await page.getByRole('button', { name: '内容を確認' }).click();
  await page.getByRole('button', { name: '3 件を取り込む' }).click();
  await expect(page.getByTestId('import-done')).toHaveText('3 件を取り込みました。');

  await openContacts(page);
  const takahashi = contactRow(page, '髙橋 一郎');
  await expect(takahashi).toContainText('タカハシ イチロウ');
  await expect(takahashi).toContainText('株式会社サンプル保守');
  await expect(takahashi).toContainText('03-1111-2222');
  await expect(takahashi).toContainText('090-1111-2222');
  await expect(contactRow(page, '山﨑 花子')).toContainText('0120-123-456');
  await page.getByRole('searchbox', { name: '連絡先を検索' }).fill('やまさき');
  await expect(page.getByTestId('contact-row')).toHaveCount(1);

  // importing the same file again finds the duplicates and lets each be skipped
  await page.getByRole('link', { name: 'CSV 取込' }).click();
  await page.locator('#contacts-csv-file').setInputFiles(fixture('contacts-cp932.csv'));
  await page.getByRole('button', { name: '内容を確認' }).click();
  await expect(page.getByRole('heading', { name: '既存の連絡先・ファイル内の前の行と同じ人（3 行）' })).toBeVisible();
  await expect(page.getByTestId('import-match').first()).toContainText('同じ名前・電話番号：統合');
  await page.getByRole('button', { name: 'すべて取り込まない' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText('新規 0 件 / 更新 0 件 / 要確認付きで取込 0 件 / 取り込まない 3 行');
  await expect(page.getByRole('button', { name: '0 件を取り込む' })).toBeDisabled();
});

test('a malformed file is rejected with a Japanese message and the data stays as it was', async ({ page, server }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '不正病院' });
  await openContacts(page);
  await expectContactsListed(page, 7);
  await page.getByRole('link', { name: 'CSV 取込' }).click();

  await page.locator('#contacts-csv-file').setInputFiles(fixture('contacts-broken.csv'));
  await expect(page.getByTestId('import-file-error')).toContainText('文字コードを判別できません');
  await expect(page.getByText('連絡先は変更されていません。')).toBeVisible();

  await page.locator('#contacts-csv-file').setInputFiles({ name: 'short.csv', mimeType: 'text/csv', buffer: Buffer.from('氏名,電話番号\r\n山田,03-1234-5678\r\n佐藤\r\n') });
  await expect(page.getByTestId('import-file-error')).toHaveText('列の数が見出し行（2 列）と違う行があります：3 行目');

  await page.locator('#contacts-csv-file').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
  await expect(page.getByTestId('import-file-error')).toHaveText('ファイルが空です。');

  await page.locator('#contacts-csv-file').setInputFiles({ name: 'book.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]) });
  await expect(page.getByTestId('import-file-error')).toContainText('CSV ファイルではありません');

  // a row without a name is listed by row number; a cell that is not a number is kept as written, not refused
  await page.locator('#contacts-csv-file').setInputFiles({ name: 'values.csv', mimeType: 'text/csv', buffer: Buffer.from('氏名,電話番号\r\n山田,でんわ\r\n,03-1234-5678\r\n') });
  await page.getByRole('button', { name: '内容を確認' }).click();
  await expect(page.getByTestId('import-errors')).toContainText('3 行目：名前：氏名がありません');
  await expect(page.getByTestId('import-kept')).toContainText('2 行目');
  await expect(page.getByTestId('import-kept')).toContainText('でんわ');
  await expect(page.getByTestId('import-summary')).toHaveText('新規 1 件 / 更新 0 件 / 要確認付きで取込 1 件 / 取り込まない 1 行');
  await expect(page.getByRole('button', { name: '取り込まない行を除いて 1 件を取り込む' })).toBeEnabled();

  await openContacts(page);
  await expectContactsListed(page, 7);
});

test('a 243-row CP932 staff list with messy phone cells imports every named person, listing and marking what was kept as written', async ({ page, server }, testInfo) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '職員名簿病院' });
  await openContacts(page);
  await expectContactsListed(page, 7);
  await page.getByRole('link', { name: 'CSV 取込' }).click();
  await page.locator('#contacts-csv-file').setInputFiles(fixture('staff-list-cp932.csv'));
  await expect(page.getByText('「staff-list-cp932.csv」：243 行、文字コード Shift_JIS (CP932)')).toBeVisible();
  await page.getByRole('button', { name: '内容を確認' }).click();

  // 243 rows in: 240 people, 30 of them with a cell that is not a number (要確認); two rows without a name.
  await expect(page.getByTestId('import-summary')).toHaveText('新規 240 件 / 更新 0 件 / 要確認付きで取込 30 件 / 取り込まない 2 行');
  await expect(page.getByTestId('import-errors')).toContainText('103 行目：名前：氏名がありません');
  await expect(page.getByTestId('import-errors')).toContainText('205 行目：名前：氏名がありません');
  const kept = page.getByTestId('import-kept');
  await expect(page.getByRole('heading', { name: '書かれたとおりに取り込むセル（60 件）' })).toBeVisible();
  await expect(page.getByTestId('import-kept-cell')).toHaveCount(60);
  const typo = page.getByTestId('import-kept-cell').filter({ hasText: '03-1234-567' }).filter({ hasText: '番号のまま残す（要確認）' }).first();
  await expect(typo).toContainText('11 行目');
  await expect(typo).toContainText('電話（外線）');
  await expect(kept.getByTestId('import-kept-cell').filter({ hasText: '不明' }).first()).toContainText('備考に残す（要確認）');
  await expect(kept.getByTestId('import-kept-cell').filter({ hasText: '03-1234-5678（代表）' }).first()).toContainText('番号を取り込み、注記を備考へ');
  await page.screenshot({ path: testInfo.outputPath('import-review.png'), fullPage: false });
  await page.getByRole('button', { name: '取り込まない行を除いて 240 件を取り込む' }).click();
  await expect(page.getByTestId('import-done')).toHaveText('240 件を取り込みました。');

  await openContacts(page);
  await expect(page.getByTestId('contacts-count')).toContainText('（全 247 件）');
  const search = page.getByRole('searchbox', { name: '連絡先を検索' });
  // Row 11 (斎藤 一郎) had 「03-1234-567」: kept as written and marked.
  await search.fill('斎藤 一郎');
  const saito = contactRow(page, '斎藤 一郎');
  await expect(saito.getByTestId('kept-badge')).toHaveText('要確認（取込時のまま）');
  await expect(saito.getByTestId('kept-number')).toHaveText('取込時のまま・要確認');
  await expect(saito).toContainText('03-1234-567');
  await page.screenshot({ path: testInfo.outputPath('contact-kept.png'), fullPage: false });
  // Row 2 (青木 一郎) had 「03-1234-5678（代表）」: a clean number, the remark in the notes, nothing to check.
  await search.fill('青木 一郎');
  await expect(contactRow(page, '青木 一郎')).toContainText('03-1234-5678');
  await expect(contactRow(page, '青木 一郎').getByTestId('kept-badge')).toHaveCount(0);
  // Numbers hyphenated by the numbering plan are found by their digits.
  await search.fill('0561244943');
  await expect(page.getByTestId('contact-row').first()).toContainText('0561-24-4943');

  // Editing the contact: the kept number is shown as wrong until corrected, and saving clears 要確認.
  await search.fill('斎藤 一郎');
  await saito.getByRole('link', { name: '編集' }).click();
  await expect(page.getByTestId('kept-notice')).toBeVisible();
  await expect(page.getByLabel('番号 1')).toHaveValue('03-1234-567');
  await expect(page.getByText('電話番号の形式が正しくありません').first()).toBeVisible();
  await page.getByLabel('番号 1').fill('03-1234-5670');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '緊急連絡先' })).toBeVisible();
  await search.fill('斎藤 一郎');
  await expect(contactRow(page, '斎藤 一郎')).toContainText('03-1234-5670');
  await expect(contactRow(page, '斎藤 一郎').getByTestId('kept-badge')).toHaveCount(0);
});

test('the contact list prints to a PDF with every number and the verification state', async ({ page, server, host }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '印刷病院' });
  await openContacts(page);
  await page.getByRole('link', { name: 'CSV 取込' }).click();
  await page.locator('#contacts-csv-file').setInputFiles(fixture('contacts-cp932.csv'));
  await page.getByRole('button', { name: '内容を確認' }).click();
  await page.getByRole('button', { name: '3 件を取り込む' }).click();
  await openContacts(page);
  await page.getByRole('button', { name: '一覧を印刷' }).click();
  await expect(page.getByTestId('print-saved')).toHaveText(/「緊急連絡先一覧_印刷病院_\d{8}\.pdf」を保存しました。/);
  const file = host!.savedPaths[0]!;
  expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(file).replace(/[ \t]+/g, ' ');
  for (const expected of ['緊急連絡先一覧', '印刷病院', '取扱注意', '行政・警察', 'ベンダー', '髙橋 一郎', 'タカハシ イチロウ', '03-1111-2222', '090-1111-2222', '0120-123-456', '未確認', '未登録', '厚生労働省 医政局']) {
    expect(text, expected).toContain(expected);
  }
});

test.describe('web mode', () => {
  test.use({ withHost: false });

  test('CSV export downloads UTF-8 with BOM that imports back', async ({ page, server }) => {
    await openApp(page, server);
    await completeFirstRun(page, { facilityName: '書出病院' });
    await openContacts(page);
    await page.getByRole('button', { name: 'CSV 書出' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '書き出す' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^緊急連絡先_書出病院_\d{8}\.csv$/);
    const target = test.info().outputPath('export.csv');
    await file.saveAs(target);
    const bytes = await readFile(target);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('ID,種別,氏名,フリガナ,所属');
    expect(bytes.toString('utf8')).toContain('厚生労働省 医政局');
    await page.getByRole('button', { name: '閉じる' }).click();

    await page.getByRole('link', { name: 'CSV 取込' }).click();
    await page.locator('#contacts-csv-file').setInputFiles(target);
    await page.getByRole('button', { name: '内容を確認' }).click();
    await expect(page.getByRole('heading', { name: '既存の連絡先・ファイル内の前の行と同じ人（7 行）' })).toBeVisible();
    // Rows carrying their own ID are the exported contacts edited: they replace, they do not merge.
    await expect(page.getByTestId('import-match').first()).toContainText('同じ ID：ファイルの内容で置き換え');
    await expect(page.getByTestId('import-summary')).toHaveText('新規 0 件 / 更新 7 件 / 要確認付きで取込 0 件 / 取り込まない 0 行');
  });
});

test('deleting a contact that a system names as its vendor says so in Japanese, and the system is left without a vendor', async ({ page, server }) => {
  await openApp(page, server);
  await completeFirstRun(page, { facilityName: '参照病院' });

  await test.step('a vendor contact, named as the vendor of 電子カルテ', async () => {
    await openContacts(page);
    await page.getByRole('link', { name: '連絡先を追加' }).click();
    await page.getByLabel('種別').selectOption({ label: 'ベンダー' });
    await page.getByLabel('名前（氏名・窓口名）').fill('カルテ社 保守窓口');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(contactRow(page, 'カルテ社 保守窓口')).toBeVisible();
    await page.getByRole('link', { name: 'システム台帳', exact: true }).first().click();
    await page.getByRole('link', { name: 'システムを追加' }).click();
    await page.getByLabel('名称', { exact: true }).fill('電子カルテ');
    await page.getByLabel('ベンダー（保守連絡先）').selectOption({ label: 'カルテ社 保守窓口' });
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('heading', { name: '電子カルテ', level: 1 })).toBeVisible();
  });

  await test.step('the delete confirmation names the system and what will happen', async () => {
    await openContacts(page);
    await contactRow(page, 'カルテ社 保守窓口').getByRole('link', { name: '編集' }).click();
    await page.getByRole('button', { name: 'この連絡先を削除' }).click();
    await expect(page.getByRole('dialog')).toContainText('次のシステムのベンダー（保守連絡先）に指定されています：電子カルテ。削除すると、これらのシステムのベンダーは「未設定」になります。');
    await page.getByRole('dialog').getByRole('button', { name: 'この連絡先を削除' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '緊急連絡先' })).toBeVisible();
    await expect(contactRow(page, 'カルテ社 保守窓口')).toHaveCount(0);
  });

  await test.step('the system no longer points at the deleted contact', async () => {
    await page.getByRole('link', { name: 'システム台帳', exact: true }).first().click();
    await page.getByRole('link', { name: '電子カルテ' }).first().click();
    await page.getByRole('link', { name: '編集' }).click();
    await expect(page.getByLabel('ベンダー（保守連絡先）')).toHaveValue('');
  });
});
