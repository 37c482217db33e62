import { describe, expect, it } from 'vitest';
import { testAccount, testEvent } from '../../../domain/accounts/testing';
import type { PdfDocument } from '../../frame';
import { printedText } from '../../testing/printed-text';
import { printableAccount } from './common';
import { buildOpeningLedger } from './ledger';
import { buildAccountRegister } from './register';

async function textOf(doc: PdfDocument, name: string): Promise<string> {
  expect(structuredClone(doc)).toEqual(doc);
  return (await printedText(doc, name)).flat;
}

const header = { facilityName: 'みなと総合病院', version: '第1版', printedAt: new Date(2026, 10, 21, 9, 30), confidentialityLabel: '院外秘', demo: false };
const account = testAccount('a1', { name: '管理者代行', scope: '全病棟の参照', procedure: '1. 金庫を開ける\n2. ログインする', notes: 'パスワードは封筒の中' });
const events = [
  testEvent('o', { kind: 'opened', at: '2026-11-20T01:00:00Z', incidentId: 'inc-1', detail: 'AD停止', witness: '髙橋' }),
  testEvent('u', { kind: 'used', at: '2026-11-20T01:10:00Z', detail: '患者一覧を参照' }),
  testEvent('r', { kind: 'resealed', at: '2026-11-20T05:00:00Z', newSealNumber: 'S-9', changedBy: '山﨑' }),
];

describe('emergency account documents', () => {
  it('prints the register marked 取扱注意 with where the credential is, and no password column', async () => {
    const printable = printableAccount(account, { systemName: '電子カルテ', lastConfirmed: '2026-11-20', custodian: '佐藤 健一', state: 'opened', alerts: ['openedWithoutIncident'], events });
    const text = await textOf(buildAccountRegister({ header, accounts: [printable], today: '2026-11-21' }), 'accounts-register');
    for (const expected of ['非常用アカウント台帳', '取扱注意', '管理者代行', '情報システム室金庫', 'S-001', '開封済', 'インシデント・訓練なしの開封', '使用手順', 'ログインする']) expect(text).toContain(expected);
    expect(text).not.toMatch(/パスワード欄|password/i);
  });

  it('prints the opening ledger blank, or with each opening and what followed it on one row', async () => {
    const ledgerAccount = { label: '電子カルテ／管理者代行', storagePlace: '金庫', sealNumber: 'S-9', events };
    const blank = await textOf(buildOpeningLedger({ header, accounts: [ledgerAccount], withRecords: false, incidentNames: new Map() }), 'ledger-blank');
    expect(blank).toContain('開封記録簿');
    expect(blank).toContain('立会人');
    expect(blank).not.toContain('AD停止');
    const filled = await textOf(buildOpeningLedger({ header, accounts: [ledgerAccount], withRecords: true, incidentNames: new Map([['inc-1', 'ランサムウェア疑い']]) }), 'ledger-filled');
    for (const expected of ['AD停止', '髙橋', 'ランサムウェア疑い', '患者一覧を参照', 'S-9']) expect(filled).toContain(expected);
  });
});
