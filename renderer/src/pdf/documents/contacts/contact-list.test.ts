import { describe, expect, it } from 'vitest';
import type { CallTreeFields } from '../../../domain/contacts/call-tree';
import type { PdfDocument } from '../../frame';
import { printedText } from '../../testing/printed-text';
import { buildCallTrees } from './call-tree';
import { buildContactList, type PrintableContact } from './contact-list';

const context = { facilityName: 'みなと総合病院', version: '第2版', printedAt: new Date(2026, 10, 21, 9, 0), demo: false };

function person(overrides: Partial<PrintableContact>): PrintableContact {
  return {
    kind: 'staff',
    name: '佐藤 健一',
    furigana: 'サトウ ケンイチ',
    organisation: 'みなと総合病院',
    department: '情報システム室',
    role: '室長',
    phones: [
      { label: 'extension', number: '2101' },
      { label: 'mobile', number: '090-1234-5601' },
    ],
    email: '',
    availability: '',
    lastVerifiedAt: '2026-10-01',
    ...overrides,
  };
}

/** The printed text with each run of spaces as one: names keep their inner space ('青木 進'). */
async function render(name: string, doc: PdfDocument): Promise<{ text: string; pages: string[]; pageCount: number }> {
  const { text, pages, pageCount } = await printedText(doc, name);
  return { text: text.replace(/[ \t]+/g, ' '), pages, pageCount };
}

describe('緊急連絡先一覧 PDF', () => {
  it('groups by kind in 五十音 order, prints every number with its label and 未確認 / 未登録 where missing', async () => {
    const doc = buildContactList({
      context,
      contacts: [
        person({ name: '渡辺 隆', furigana: 'わたなべ たかし' }),
        person({ name: '青木 進', furigana: 'アオキ ススム', lastVerifiedAt: '' }),
        person({ kind: 'authority', name: '厚生労働省 医政局', furigana: '', organisation: '厚生労働省', phones: [{ label: 'external', number: '' }], lastVerifiedAt: '' }),
        person({ kind: 'vendor', name: '保守センター', furigana: 'ホシュセンター', phones: [{ label: 'hotline24h', number: '0120-000-111' }] }),
      ],
    });
    expect(structuredClone(doc)).toEqual(doc);
    const { text, pageCount } = await render('list.pdf', doc);
    expect(pageCount).toBe(1);
    for (const expected of ['緊急連絡先一覧', 'みなと総合病院', '院内（2 件）', 'ベンダー（1 件）', '行政・警察（1 件）', '24時間窓口 0120-000-111', '内線 2101', '携帯 090-1234-5601', '2026-10-01', '未確認', '未登録']) {
      expect(text, expected).toContain(expected);
    }
    expect(text.indexOf('青木 進')).toBeLessThan(text.indexOf('渡辺 隆'));
    expect(text.indexOf('院内')).toBeLessThan(text.indexOf('ベンダー（'));
  });

  it('marks a number an import kept as written 要確認 on paper too', async () => {
    const doc = buildContactList({ context, contacts: [person({ phones: [{ label: 'external', number: '03-1234-567', asWritten: true }, { label: 'extension', number: '2101' }] })] });
    const { text } = await render('kept.pdf', doc);
    expect(text).toContain('外線 03-1234-567（要確認）');
    expect(text).toContain('内線 2101');
    expect(text).not.toContain('2101（要確認）');
  });

  it('repeats the table header on every page of a long list', async () => {
    const contacts = Array.from({ length: 120 }, (_, i) => person({ name: `職員${String(i + 1).padStart(3, '0')}`, furigana: `ショクイン${String(i + 1).padStart(3, '0')}` }));
    const { pages, pageCount } = await render('long.pdf', buildContactList({ context, contacts }));
    expect(pageCount).toBeGreaterThan(2);
    expect(pages).toHaveLength(pageCount);
    for (const page of pages) {
      expect(page).toMatch(/名前\s+所属・部署・役職\s+電話番号\s+最終確認日/);
    }
    expect(pages.join('')).toContain('職員120');
  });
});

describe('連絡網 PDF', () => {
  it('prints each tree with its trigger, levels in order, fallbacks and numbers', async () => {
    const contactsById = new Map<string, PrintableContact>([
      ['a', person({ name: '院長 山田', role: '院長' })],
      ['b', person({ name: '事務長 鈴木', phones: [{ label: 'phs', number: '7001' }] })],
      ['c', person({ kind: 'vendor', name: '電子カルテ保守', phones: [{ label: 'hotline24h', number: '0120-000-111' }] })],
    ]);
    const tree: CallTreeFields = {
      name: '電子カルテ停止時',
      trigger: '電子カルテが15分以上使えないとき',
      levels: [
        { contactId: 'c', fallbacks: [], note: '障害の状況を伝える' },
        { contactId: 'a', fallbacks: [{ contactId: 'b' }, { contactId: 'gone' }], note: '' },
      ],
      notes: '',
    };
    const { text } = await render('tree.pdf', buildCallTrees({ context, trees: [tree, { ...tree, name: '二つ目' }], contactsById }));
    for (const expected of ['連絡網：電子カルテ停止時', '発動条件', '電子カルテが15分以上使えないとき', '第1段階', '第2段階', '電子カルテ保守', '0120-000-111', '伝えること・すること：障害の状況を伝える', '不在時 1：事務長 鈴木', 'PHS 7001', '不在時 2：（削除された連絡先）', '連絡網：二つ目']) {
      expect(text, expected).toContain(expected);
    }
    expect(text.indexOf('第1段階')).toBeLessThan(text.indexOf('第2段階'));
  });
});
