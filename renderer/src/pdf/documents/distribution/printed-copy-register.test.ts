import { describe, expect, it } from 'vitest';
import { printedText } from '../../testing/printed-text';
import { buildPrintedCopyRegister, type PrintedCopyRegisterInput } from './printed-copy-register';

const input: PrintedCopyRegisterInput = {
  facilityName: 'みなと総合病院',
  version: '0.1.0',
  printedAt: new Date(2026, 11, 1, 10, 0),
  demo: false,
  rows: [
    { document: 'BCP 冊子', title: 'BCP 冊子', edition: '管理者版', place: '災害対策本部 書庫', version: '第3版', printedOn: '令和8年11月1日', state: '連絡先 5 件', outdated: true, notes: '' },
    { document: 'ダウンタイムキット', title: '3階東病棟', edition: '部署別', place: '3階東 ナースステーション', version: '', printedOn: '令和8年11月20日', state: '最新', outdated: false, notes: '赤いファイル' },
  ],
};

describe('printed-copy register PDF', () => {
  it('lists every copy with its place and whether it needs reprinting', async () => {
    const { flat: text, pageCount } = await printedText(buildPrintedCopyRegister(input), 'printed-copies.pdf');
    expect(pageCount).toBe(1);
    expect(text).toContain('印刷物の保管台帳');
    expect(text).toContain('災害対策本部書庫');
    expect(text).toContain('連絡先5件');
    expect(text).toContain('2部のうち、印刷後にデータが変わったもの1部');
  });

  it('is plain data (posted to the worker)', () => {
    const doc = buildPrintedCopyRegister(input);
    expect(structuredClone(doc)).toEqual(doc);
  });
});
