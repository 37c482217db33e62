import { describe, expect, it } from 'vitest';
import { contactKinds, contactSchema, type Contact } from './contact';
import { contactsToCsvRows, kindLabel, matchHeaders } from './contact-csv';

// Hospitals keep Excel macros and mail-merge templates keyed on these words: they must not drift when the
// vocabulary moves between files.
describe('the words a CSV export is written in', () => {
  const vendor: Contact = {
    ...contactSchema.parse({ kind: 'vendor', name: '保守センター', phones: [{ label: 'hotline24h', number: '0120-000-111' }] }),
    id: 'c-9',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    updatedBy: 'テスト',
  };

  it('has the same header row as always', () => {
    const [header] = contactsToCsvRows([vendor], new Map());
    expect(header!.join(',')).toBe(
      'ID,種別,氏名,フリガナ,所属,部署,役職,外線,内線,PHS,携帯,FAX,24時間窓口,メール,対応時間,契約・サポート,担当システム,最終確認日,備考',
    );
  });

  it('names each kind as the screen and the printed list do, and reads those names back', () => {
    expect(contactKinds.map(kindLabel)).toEqual([
      '院内',
      'ベンダー',
      '行政・警察',
      '外部専門家',
      'その他',
    ]);
    const [, row] = contactsToCsvRows([vendor], new Map());
    expect(row![1]).toBe('ベンダー');
    expect(matchHeaders(['24時間窓口', '携帯'])).toEqual(['phone_hotline24h', 'phone_mobile']);
  });
});
