import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextSetVersion, parseItemSetFile, withItemWording, type ItemSetFile } from './item-set';

const DIR = new URL('../../../../resources/checklist/', import.meta.url);
const shipped = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8');

function file(items: ItemSetFile['items'], version = '2026'): ItemSetFile {
  return { format: 'bcp-workbook-checklist-set', setId: 'test-set', version, title: 'テスト', layout: 'grid', source: '', sections: [{ id: 's1', title: '1' }], items };
}
const item = (id: string, text = `項目 ${id}`) => ({ id, number: id, section: 's1', text, source: '', target: '', deadline: '', unverified: false, topics: [], places: [], edited: false });

describe('shipped item sets (resources/checklist)', () => {
  it('every file loads, and the four sets are there', () => {
    const ids = shipped.map((name) => {
      const parsed = parseItemSetFile(read(name));
      if (!parsed.ok) throw new Error(`${name}: ${parsed.message}`);
      return parsed.set.setId;
    });
    expect(ids.sort()).toEqual(['guideline-6-3-4', 'mhlw-bcp-2024', 'mhlw-r7-facility', 'mhlw-r7-vendor']);
  });

  it('the R7 sheet numbers items as printed, carries the 二要素認証 deadline and flags what is not verified', () => {
    const parsed = parseItemSetFile(read('mhlw-r7-facility.json'));
    if (!parsed.ok) throw new Error(parsed.message);
    const twoFactor = parsed.set.items.find((i) => i.number === '2-⑩');
    expect(twoFactor?.deadline).toBe('令和9年度');
    expect(twoFactor?.unverified).toBe(true);
    expect(parsed.set.items.find((i) => i.number === '2-⑦')?.unverified).toBe(false);
    expect(parsed.set.items.find((i) => i.number === '3-②')?.topics).toEqual(['backups', 'runbooks']);
  });

  it('R1–R18 are all in the cross-reference with their guideline references', () => {
    const parsed = parseItemSetFile(read('guideline-6-3-4.json'));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.set.items.map((i) => i.number)).toEqual(Array.from({ length: 18 }, (_, i) => `R${i + 1}`));
    expect(parsed.set.items.every((i) => i.source !== '' && i.places.length > 0)).toBe(true);
  });
});

describe('a malformed set file is refused with its first problem, in Japanese', () => {
  it('not JSON', () => {
    expect(parseItemSetFile('{ items: ')).toEqual({ ok: false, message: 'ファイルを読み込めませんでした：JSON 形式ではありません。' });
  });

  it('another kind of file', () => {
    expect(parseItemSetFile(JSON.stringify({ format: 'something-else' }))).toMatchObject({ ok: false, message: expect.stringContaining('ガイドライン項目セットのファイルではありません') });
  });

  it('names the item and the field', () => {
    const broken = file([item('1-01'), item('1-02'), { ...item('1-03'), number: '' }]);
    expect(parseItemSetFile(JSON.stringify(broken))).toEqual({ ok: false, message: 'ファイルを読み込めませんでした：項目（items）の3番目の番号（number）が空です。' });
  });

  it('a missing field and a duplicate id', () => {
    const { title: _title, ...noTitle } = file([item('a')]);
    expect(parseItemSetFile(JSON.stringify(noTitle))).toEqual({ ok: false, message: 'ファイルを読み込めませんでした：表題（title）がありません。' });
    expect(parseItemSetFile(JSON.stringify(file([item('a'), item('a')])))).toEqual({ ok: false, message: 'ファイルを読み込めませんでした：項目（items）の2番目のIDが重複しています。' });
  });

  it('an item in a section the file does not have', () => {
    expect(parseItemSetFile(JSON.stringify(file([{ ...item('a'), section: 's9' }])))).toEqual({ ok: false, message: 'ファイルを読み込めませんでした：項目（items）の1番目の区分（section）が区分（sections）にありません。' });
  });
});

describe('next version', () => {
  it('keeps items by id, retires the dropped ones with the version that dropped them, and brings back one that returns', () => {
    const v1 = nextSetVersion(undefined, file([item('a'), item('b'), item('c')], '2025'));
    const v2 = nextSetVersion(v1, file([item('a', '新しい文言'), item('c'), item('d')], '2026'));
    expect(v2.items.map((i) => i.id)).toEqual(['a', 'c', 'd']);
    expect(v2.items[0]?.text).toBe('新しい文言');
    expect(v2.retired).toEqual([{ ...item('b'), retiredIn: '2026' }]);
    const v3 = nextSetVersion(v2, file([item('a'), item('b')], '2027'));
    expect(v3.retired.map((r) => [r.id, r.retiredIn])).toEqual([
      ['c', '2027'],
      ['d', '2027'],
    ]);
  });

  it('the facility may reword an item; the print says so', () => {
    const set = withItemWording(nextSetVersion(undefined, file([item('a')])), 'a', ' 当院の言葉 ');
    expect(set.items[0]).toMatchObject({ text: '当院の言葉', edited: true });
  });
});
