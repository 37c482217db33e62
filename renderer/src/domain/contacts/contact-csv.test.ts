import { describe, expect, it } from 'vitest';
import { contactSchema, type Contact } from './contact';
import {
  contactsToCsvRows,
  importDrafts,
  importOutcome,
  matchHeaders,
  parseCsvDate,
  planContactImport,
  readCsvTable,
  type ImportPlan,
  type PlanOptions,
} from './contact-csv';
import { escapeCell, parseCsv, serializeCsv, unescapeCell } from '../../base/csv';
import { decodeCsvBytes, encodeCp932, encodeUtf8WithBom } from '../../base/csv-encoding';

/** Real CP932 bytes, written out by hand: 「髙﨑①,ｶﾅ\r\n」 (髙 = FB FC IBM ext., 﨑 = FA B1 IBM ext., ① = 87 40 NEC row 13). */
const CP932_EXTENDED = Uint8Array.from([0xfb, 0xfc, 0xfa, 0xb1, 0x87, 0x40, 0x2c, 0xb6, 0xc5, 0x0d, 0x0a]);

const options: PlanOptions = { defaultKind: 'other', systemIdsByName: new Map([['電子カルテ', 'sys-1']]) };

function contact(overrides: Partial<Contact>): Contact {
  return {
    id: 'c-1',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    updatedBy: 'テスト',
    kind: 'staff',
    name: '髙橋 真理子',
    furigana: 'タカハシ マリコ',
    organisation: 'さくら市立総合病院',
    department: '情報システム室',
    role: '主任',
    phones: [
      { label: 'extension', number: '2102' },
      { label: 'mobile', number: '090-1234-5602' },
    ],
    email: 'takahashi@example.jp',
    availability: '平日 8:30～17:15',
    contractNotes: '',
    systemsSupported: [],
    lastVerifiedAt: '2026-03-15',
    notes: '',
    ...overrides,
  };
}

describe('encoding detection', () => {
  it('reads CP932 with the NEC and IBM extended characters', () => {
    const result = decodeCsvBytes(CP932_EXTENDED);
    expect(result).toEqual({ ok: true, text: '髙﨑①,ｶﾅ\r\n', encoding: 'shift_jis', bom: false });
  });
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeCsvBytes(encodeUtf8WithBom('氏名\r\n髙橋\r\n'))).toMatchObject({ ok: true, text: '氏名\r\n髙橋\r\n', encoding: 'utf-8', bom: true });
    expect(decodeCsvBytes(new TextEncoder().encode('氏名\n﨑'))).toMatchObject({ ok: true, encoding: 'utf-8', bom: false });
  });
  it('rejects bytes that are neither, binary files and empty files', () => {
    expect(decodeCsvBytes(Uint8Array.from([0x81, 0x20, 0x41]))).toEqual({ ok: false, reason: 'bad-bytes' });
    expect(decodeCsvBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ ok: false, reason: 'binary' });
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    expect(decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf]))).toEqual({ ok: false, reason: 'empty' });
  });
  it('encodes CP932 as Windows does (① → 87 40, 髙 → FB FC, half-width kana single byte) and refuses what it lacks', () => {
    const encoded = encodeCp932('髙﨑①,ｶﾅ\r\n');
    expect(encoded.ok && [...encoded.bytes]).toEqual([...CP932_EXTENDED]);
    expect(encodeCp932('𠮷野家🍚')).toEqual({ ok: false, unmappable: ['𠮷', '🍚'] });
    const replaced = encodeCp932('𠮷野', '?');
    expect(replaced.ok && new TextDecoder('shift_jis').decode(replaced.bytes)).toBe('?野');
  });
});

describe('CSV text', () => {
  it('parses quotes, doubled quotes, line breaks in cells and CRLF', () => {
    const result = parseCsv('氏名,備考\r\n"山田, 太郎","言った ""はい""\n2行目"\r\n\r\n');
    expect(result).toEqual({ ok: true, delimiter: ',', rows: [['氏名', '備考'], ['山田, 太郎', '言った "はい"\n2行目']] });
  });
  it('reports an unterminated quote with its line', () => {
    expect(parseCsv('a,b\n"x,y\n')).toEqual({ ok: false, reason: 'unterminated-quote', line: 2 });
  });
  it('neutralises formula injection and undoes exactly that', () => {
    for (const dangerous of ['=1+1', '+81', '-5', '@SUM(A1)', '\tx', '\rx', "'=already", "''+x"]) {
      const escaped = escapeCell(dangerous);
      expect(escaped.startsWith("'")).toBe(true);
      expect(unescapeCell(escaped)).toBe(dangerous);
    }
    for (const safe of ['山田', "'quoted", '03-1234-5678', '']) {
      expect(escapeCell(safe)).toBe(safe);
      expect(unescapeCell(escapeCell(safe))).toBe(safe);
    }
    expect(serializeCsv([['=HYPERLINK("x")']])).toBe('"\'=HYPERLINK(""x"")"\r\n');
  });
});

describe('reading a contact file', () => {
  it('rejects a file whose rows do not have the header’s number of columns', () => {
    const bytes = new TextEncoder().encode('氏名,電話番号\n山田,03-1234-5678\n佐藤\n');
    expect(readCsvTable(bytes)).toEqual({ ok: false, problem: { code: 'column-count', expected: 2, rows: [{ rowNumber: 3, count: 1 }] } });
  });
  it('rejects a header-only file', () => {
    expect(readCsvTable(new TextEncoder().encode('氏名,電話番号\r\n'))).toEqual({ ok: false, problem: { code: 'no-data-rows' } });
  });
  it('matches Japanese headers whatever their width or wording', () => {
    expect(matchHeaders(['氏名', 'ﾌﾘｶﾞﾅ', '所属', '役職', '電話番号', '内線', 'ＰＨＳ', '携帯電話', 'メールアドレス', '備考', '謎の列'])).toEqual([
      'name',
      'furigana',
      'organisation',
      'role',
      'phone_external',
      'phone_extension',
      'phone_phs',
      'phone_mobile',
      'email',
      'notes',
      null,
    ]);
    expect(matchHeaders(['名前', '氏名（カナ）', '電話番号（代表）', 'E-mail'])).toEqual(['name', 'furigana', 'phone_external', 'email']);
  });
  it('imports every named row, keeping cells that do not fit as written, and finds duplicates (same name and a shared number)', async () => {
    const text = ['氏名,フリガナ,電話番号,携帯,種別', 'ﾀｶﾊｼ 真理子,ﾀｶﾊｼ,,,院内', '髙橋 真理子,たかはし,,０９０１２３４５６０２,院内', ',,03-1234-5678,,', '鈴木,スズキ,abc,,宇宙人'].join('\r\n');
    const read = readCsvTable(new TextEncoder().encode(text));
    if (!read.ok) throw new Error('unreadable');
    const plan = await planContactImport(read.table, matchHeaders(read.table.headers), [contact({})], options);
    expect(plan.candidates.map((c) => [c.rowNumber, c.fields.name, c.fields.furigana, c.duplicateOf?.id])).toEqual([
      [2, 'タカハシ 真理子', 'タカハシ', undefined],
      [3, '髙橋 真理子', 'タカハシ', 'c-1'],
      [5, '鈴木', 'スズキ', undefined],
    ]);
    expect(plan.errors).toEqual([{ rowNumber: 4, problems: [{ column: 'name', message: 'contacts.csv.problem.noName' }] }]);
    const suzuki = plan.candidates[2];
    expect(suzuki?.kept).toEqual([
      { column: 'phone_external', value: 'abc', kept: 'notes' },
      { column: 'kind', value: '宇宙人', kept: 'notes' },
    ]);
    expect(suzuki?.fields).toMatchObject({ kind: 'other', phones: [], notes: '外線：abc\n種別：宇宙人', needsCheck: true });
    const drafts = importDrafts(plan, new Map([[3, 'merge']]));
    expect(drafts[1]).toMatchObject({ id: 'c-1', name: '髙橋 真理子', email: 'takahashi@example.jp' });
    expect(importDrafts(plan, new Map([[3, 'skip']]))).toHaveLength(2);
  });
});

describe('export → import round trip', () => {
  const tricky = [
    contact({}),
    contact({
      id: 'c-2',
      kind: 'vendor',
      name: '=cmd|"/c calc"!A1',
      furigana: 'ベンダー',
      organisation: '@株式会社 テスト',
      // Numbers come back grouped by column (外線 … 24時間窓口), so the fixture lists them in that order.
      phones: [
        { label: 'external', number: '03-1234-1111' },
        { label: 'external', number: '03-1234-1113 内線123' },
        { label: 'hotline24h', number: '0120-000-111' },
      ],
      contractNotes: '-保守契約, 平日\n夜間は"24時間窓口"',
      systemsSupported: ['sys-1'],
      lastVerifiedAt: '',
      notes: "+'注意'",
    }),
    contact({ id: 'c-3', kind: 'authority', name: '山﨑 ①', furigana: '', phones: [], email: '', lastVerifiedAt: '2025-12-01' }),
  ];

  async function roundTrip(bytes: Uint8Array): Promise<ImportPlan> {
    const read = readCsvTable(bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    return planContactImport(read.table, matchHeaders(read.table.headers), [], options);
  }

  const fieldsOf = ({ createdAt: _a, updatedAt: _b, updatedBy: _c, ...fields }: Contact) => fields;

  it.each([
    ['UTF-8 with BOM', (text: string) => encodeUtf8WithBom(text)],
    [
      'CP932',
      (text: string) => {
        const encoded = encodeCp932(text);
        if (!encoded.ok) throw new Error(encoded.unmappable.join());
        return encoded.bytes;
      },
    ],
  ])('gives back every field (%s)', async (_name, encode) => {
    const csv = serializeCsv(contactsToCsvRows(tricky, new Map([['sys-1', '電子カルテ']])));
    expect(csv).toContain(`"'=cmd|""/c calc""!A1"`);
    const plan = await roundTrip(encode(csv));
    expect(plan.errors).toEqual([]);
    expect(importDrafts(plan, new Map())).toEqual(tricky.map(fieldsOf));
  });
});

async function planOf(lines: readonly string[], existing: readonly Contact[], systems: PlanOptions['systemIdsByName'] = options.systemIdsByName): Promise<ImportPlan> {
  const read = readCsvTable(new TextEncoder().encode(lines.join('\r\n')));
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return planContactImport(read.table, matchHeaders(read.table.headers), existing, { ...options, systemIdsByName: systems });
}

const numbers = (draft: { phones: readonly { label: string; number: string }[] } | undefined) => draft?.phones.map((p) => `${p.label}:${p.number}`);

describe('rows for the same person in one file', () => {
  const yamada = contact({ id: 'c-yamada', name: '山田 太郎', furigana: 'ヤマダ タロウ', phones: [{ label: 'external', number: '03-1111-2222' }], email: '' });

  it('are merged one after the other into the existing contact, and counted as one contact updated', async () => {
    const plan = await planOf(['氏名,外線,携帯,PHS', '山田 太郎,03-1111-2222,090-1234-5678,', '山田 太郎,03-1111-2222,,4321'], [yamada]);
    expect(plan.errors).toEqual([]);
    const outcome = importOutcome(plan, new Map());
    expect(outcome.drafts).toHaveLength(1);
    expect(outcome.drafts[0]?.id).toBe('c-yamada');
    expect(numbers(outcome.drafts[0])).toEqual(['external:03-1111-2222', 'mobile:090-1234-5678', 'phs:4321']);
    expect(outcome).toMatchObject({ added: 0, updated: 1, merged: 2, replaced: 0, skipped: 0 });
  });

  it('become one new contact when nobody in the workbook matches, and the later row can be left out', async () => {
    const plan = await planOf(['氏名,外線,携帯', '佐藤 花子,03-2222-3333,', '佐藤 花子,03-2222-3333,080-1111-2222'], []);
    expect(plan.candidates.map((c) => [c.rowNumber, c.sameAsRow])).toEqual([
      [2, undefined],
      [3, 2],
    ]);
    const outcome = importOutcome(plan, new Map());
    expect(outcome).toMatchObject({ added: 1, updated: 0, merged: 1, skipped: 0 });
    expect(numbers(outcome.drafts[0])).toEqual(['external:03-2222-3333', 'mobile:080-1111-2222']);
    const skipped = importOutcome(plan, new Map([[3, 'skip']]));
    expect(skipped).toMatchObject({ added: 1, skipped: 1 });
    expect(numbers(skipped.drafts[0])).toEqual(['external:03-2222-3333']);
  });

  it('are refused, row by row, once merging would give a contact more numbers than it can hold', async () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ label: 'external' as const, number: `03-1111-${String(2222 + i)}` }));
    const plan = await planOf(['氏名,外線,携帯', '山田 太郎,03-1111-2222,090-1234-5678', '山田 太郎,03-1111-2222,080-1234-5678'], [{ ...yamada, phones: many }]);
    expect(plan.candidates.map((c) => c.rowNumber)).toEqual([2]);
    expect(plan.errors).toEqual([
      {
        rowNumber: 3,
        problems: [
          { column: null, message: 'contacts.csv.problem.resultInvalid', value: '山田 太郎' },
          { column: null, message: 'contacts.validation.tooManyPhones' },
        ],
      },
    ]);
    expect(importOutcome(plan, new Map()).drafts[0]?.phones).toHaveLength(12);
  });
});

describe('a row with the ID of a contact (an export edited in Excel)', () => {
  const exported = contact({ systemsSupported: ['sys-1'] });

  it('replaces that contact’s fields: a corrected 携帯 replaces the old number, a cleared メール is cleared', async () => {
    const [header, row] = contactsToCsvRows([exported], new Map([['sys-1', '電子カルテ']])).map((cells) => serializeCsv([cells]).trimEnd());
    const edited = row!.replace('090-1234-5602', '080-9999-0000').replace('takahashi@example.jp', '');
    const plan = await planOf([header!, edited], [exported]);
    expect(plan.candidates[0]).toMatchObject({ match: 'id', duplicateOf: { id: 'c-1' } });
    const outcome = importOutcome(plan, new Map());
    expect(outcome).toMatchObject({ added: 0, updated: 1, replaced: 1, merged: 0 });
    expect(outcome.drafts[0]).toMatchObject({ id: 'c-1', email: '', systemsSupported: ['sys-1'] });
    expect(numbers(outcome.drafts[0])).toEqual(['extension:2102', 'mobile:080-9999-0000']);
  });

  it('leaves what the file has no column for as it was', async () => {
    const plan = await planOf(['ID,氏名,携帯', 'c-1,髙橋 真理子,080-9999-0000'], [exported]);
    const [draft] = importDrafts(plan, new Map());
    expect(draft).toMatchObject({ email: 'takahashi@example.jp', role: '主任', systemsSupported: ['sys-1'] });
    expect(numbers(draft)).toEqual(['extension:2102', 'mobile:080-9999-0000']);
  });
});

describe('systems and email in a file', () => {
  const systems = new Map([
    ['電子カルテ', 'sys-1'],
    ['PACS/RIS', 'sys-2'],
    ['部門システム、検査', 'sys-3'],
    ['給食;栄養', 'sys-4'],
    ['物流／SPD', 'sys-5'],
  ]);

  it('reads back the app’s own export even when system names hold 、 ／ / ;', async () => {
    const vendor = contact({ id: 'c-9', systemsSupported: ['sys-2', 'sys-3', 'sys-4', 'sys-5', 'sys-1'] });
    const csv = serializeCsv(contactsToCsvRows([vendor], new Map([...systems].map(([name, id]) => [id, name]))));
    const plan = await planOf(csv.trimEnd().split('\r\n'), [], systems);
    expect(plan.errors).toEqual([]);
    expect(importDrafts(plan, new Map())[0]?.systemsSupported).toEqual(['sys-2', 'sys-3', 'sys-4', 'sys-5', 'sys-1']);
  });

  it('still splits names typed by hand and keeps the unknown ones in the notes', async () => {
    const plan = await planOf(['氏名,担当システム', '保守窓口,"電子カルテ、PACS/RIS／オーダ"'], [], systems);
    expect(plan.errors).toEqual([]);
    expect(plan.candidates[0]?.kept).toEqual([{ column: 'systemsSupported', value: 'オーダ', kept: 'notes' }]);
    expect(plan.candidates[0]?.fields).toMatchObject({ systemsSupported: ['sys-1', 'sys-2'], notes: '担当システム：オーダ', needsCheck: true });
  });

  it('accepts full-width and Japanese carrier addresses, storing them half-width, and keeps what is not an address in the notes', async () => {
    const plan = await planOf(['氏名,メール', 'A,ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ', 'B,taro.@docomo.ne.jp', 'C,a..b@ezweb.ne.jp', 'D,taro@example', 'E,ta ro@example.jp', 'F,a@b@example.jp'], []);
    expect(plan.candidates.map((c) => c.fields.email)).toEqual(['taro@example.jp', 'taro.@docomo.ne.jp', 'a..b@ezweb.ne.jp', '', '', '']);
    expect(plan.candidates.slice(3).map((c) => c.fields.notes)).toEqual(['メール：taro@example', 'メール：ta ro@example.jp', 'メール：a@b@example.jp']);
    expect(plan.errors).toEqual([]);
  });
});

describe('last-verified dates', () => {
  it('accept real calendar dates written the ways Excel writes them, and refuse 2月30日 wherever it comes from', () => {
    expect(parseCsvDate('2026/3/5')).toBe('2026-03-05');
    expect(parseCsvDate('２０２６年３月５日')).toBe('2026-03-05');
    expect(parseCsvDate('2024-02-29')).toBe('2024-02-29');
    expect(parseCsvDate('2026-02-30')).toBeNull();
    expect(contactSchema.shape.lastVerifiedAt.safeParse('2026-02-30').success).toBe(false);
    expect(contactSchema.shape.lastVerifiedAt.safeParse('2026-02-28').success).toBe(true);
  });
});

describe('a real staff list: nobody is dropped for one cell', () => {
  const header = '氏名,部署,外線,内線,携帯';

  it('imports every named row, marks kept-as-written cells 要確認 and counts 新規 / 更新 / 要確認付きで取込 / 取り込まない', async () => {
    const plan = await planOf(
      [
        header,
        '青木 一郎,総務課,03-1234-5678（代表）,2101,',
        '石井 二郎,医事課,内線2101・夜間3000,,',
        '上田 三郎,看護部,03-1234-567,,090-1234-5678 ※緊急時のみ',
        '江藤 四郎,薬剤部,不明,2300,',
        ',,,,',
        ',放射線科,03-1234-5678,,',
        '小野 五郎,検査科,03-1111-2222 / 090-1111-2222,,',
      ],
      [],
    );
    expect(plan.candidates.map((c) => c.fields.name)).toEqual(['青木 一郎', '石井 二郎', '上田 三郎', '江藤 四郎', '小野 五郎']);
    expect(plan.errors).toEqual([{ rowNumber: 7, problems: [{ column: 'name', message: 'contacts.csv.problem.noName' }] }]);
    const [aoki, ishii, ueda, eto, ono] = plan.candidates;
    expect(aoki?.fields).toMatchObject({ notes: '外線 03-1234-5678：代表', phones: [{ label: 'external', number: '03-1234-5678' }, { label: 'extension', number: '2101' }] });
    expect(aoki?.fields.needsCheck).toBeUndefined();
    expect(ishii?.fields.phones).toEqual([
      { label: 'extension', number: '2101' },
      { label: 'extension', number: '3000' },
    ]);
    expect(ueda?.kept).toEqual([
      { column: 'phone_external', value: '03-1234-567', kept: 'number' },
      { column: 'phone_mobile', value: '090-1234-5678 ※緊急時のみ', kept: 'remark' },
    ]);
    expect(ueda?.fields).toMatchObject({ needsCheck: true, phones: [{ label: 'external', number: '03-1234-567', asWritten: true }, { label: 'mobile', number: '090-1234-5678' }] });
    expect(eto?.fields).toMatchObject({ needsCheck: true, notes: '外線：不明', phones: [{ label: 'extension', number: '2300' }] });
    expect(numbers(ono?.fields)).toEqual(['external:03-1111-2222', 'external:090-1111-2222']);
    expect(importOutcome(plan, new Map())).toMatchObject({ added: 5, updated: 0, flagged: 2, notImported: 1 });
    // Unticking a row leaves that person out, and the counts say so.
    expect(importOutcome(plan, new Map([[4, 'skip']]))).toMatchObject({ added: 4, flagged: 1, notImported: 2 });
  });

  it('keeps the same ID met twice as a person of their own, the ID in the notes', async () => {
    const plan = await planOf(['ID,氏名', 'c-7,青木 一郎', 'c-7,石井 二郎'], []);
    expect(plan.candidates.map((c) => [c.fields.name, c.id, c.fields.notes, c.fields.needsCheck])).toEqual([
      ['青木 一郎', 'c-7', '', undefined],
      ['石井 二郎', undefined, 'ID：c-7', true],
    ]);
    expect(importOutcome(plan, new Map())).toMatchObject({ added: 2, flagged: 1 });
  });
});

describe('possible duplicates are a question', () => {
  const takahashi = contact({});

  it('same name and a shared number in the same department is one person: merge offered', async () => {
    const plan = await planOf(['氏名,部署,携帯', '髙橋 真理子,情報システム室,090-1234-5602'], [takahashi]);
    expect(plan.candidates[0]).toMatchObject({ duplicateOf: { id: 'c-1' }, match: 'name' });
    expect(plan.candidates[0]?.namesake).toBeUndefined();
  });

  it('same name in another department, or with other numbers, is two people unless the user says otherwise', async () => {
    const plan = await planOf(['氏名,部署,携帯', '髙橋 真理子,看護部,090-1234-5602', '髙橋 真理子,,080-5555-6666'], [takahashi]);
    expect(plan.candidates.map((c) => [c.rowNumber, c.duplicateOf?.id, c.namesake?.contact?.id])).toEqual([
      [2, undefined, 'c-1'],
      [3, undefined, 'c-1'],
    ]);
    expect(importOutcome(plan, new Map())).toMatchObject({ added: 2, updated: 0 });
    const merged = importOutcome(plan, new Map([[2, 'merge']]));
    expect(merged).toMatchObject({ added: 1, updated: 1 });
    expect(merged.drafts.find((d) => d.id === 'c-1')?.department).toBe('看護部');
    expect(importOutcome(plan, new Map([[2, 'skip'], [3, 'skip']]))).toMatchObject({ added: 0, notImported: 2 });
  });

  it('two rows of the file with one name and different numbers are asked about too', async () => {
    const plan = await planOf(['氏名,外線', '佐藤 花子,03-2222-3333', '佐藤 花子,03-4444-5555'], []);
    expect(plan.candidates[1]?.namesake).toMatchObject({ row: 2, person: { name: '佐藤 花子' } });
    expect(importOutcome(plan, new Map())).toMatchObject({ added: 2 });
    const one = importOutcome(plan, new Map([[3, 'merge']]));
    expect(one.added).toBe(1);
    expect(numbers(one.drafts[0])).toEqual(['external:03-2222-3333', 'external:03-4444-5555']);
  });
});
