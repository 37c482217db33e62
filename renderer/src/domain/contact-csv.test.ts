import { describe, expect, it } from 'vitest';
import type { Contact } from './contact';
import {
  contactsToCsvRows,
  importDrafts,
  matchHeaders,
  planContactImport,
  readCsvTable,
  type ImportPlan,
  type PlanOptions,
} from './contact-csv';
import { escapeCell, parseCsv, serializeCsv, unescapeCell } from './csv';
import { decodeCsvBytes, encodeCp932, encodeUtf8WithBom } from './csv-encoding';

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
  it('lists errors per row number and finds duplicates (same name and a shared number)', async () => {
    const text = ['氏名,フリガナ,電話番号,携帯,種別', 'ﾀｶﾊｼ 真理子,ﾀｶﾊｼ,,,院内', '髙橋 真理子,たかはし,,０９０１２３４５６０２,院内', ',,03-1234-5678,,', '鈴木,スズキ,abc,,宇宙人'].join('\r\n');
    const read = readCsvTable(new TextEncoder().encode(text));
    if (!read.ok) throw new Error('unreadable');
    const plan = await planContactImport(read.table, matchHeaders(read.table.headers), [contact({})], options);
    expect(plan.candidates.map((c) => [c.rowNumber, c.fields.name, c.fields.furigana, c.duplicateOf?.id])).toEqual([
      [2, 'タカハシ 真理子', 'タカハシ', undefined],
      [3, '髙橋 真理子', 'タカハシ', 'c-1'],
    ]);
    expect(plan.errors).toEqual([
      { rowNumber: 4, problems: [{ column: 'name', message: 'validation.required' }] },
      {
        rowNumber: 5,
        problems: [
          { column: 'kind', message: 'contacts.csv.problem.kind', value: '宇宙人' },
          { column: 'phone_external', message: 'contacts.validation.phone', value: 'abc' },
        ],
      },
    ]);
    const drafts = importDrafts(plan, new Map([[3, 'merge']]));
    expect(drafts[1]).toMatchObject({ id: 'c-1', name: '髙橋 真理子', email: 'takahashi@example.jp' });
    expect(importDrafts(plan, new Map([[3, 'skip']]))).toHaveLength(1);
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
        { label: 'external', number: '03-0000-1111' },
        { label: 'external', number: '03-0000-1113 内線123' },
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
