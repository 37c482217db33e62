import { describe, expect, it } from 'vitest';
import { systemBackupSchema } from '../../../domain/systems/backup-register';
import { restoreOrder } from '../../../domain/systems/restore-order';
import { runbookSchema } from '../../../domain/systems/runbook';
import { checkStep, pauseRun, resumeRun, startRun } from '../../../domain/systems/runbook-run';
import { systemSchema } from '../../../domain/systems/system';
import type { PdfDocument } from '../../frame';
import { printedText } from '../../testing/printed-text';
import { buildBackupRegister } from './backup-register';
import type { PrintableSystem, VendorInfo } from './common';
import { buildSystemsInventory } from './inventory';
import { buildRestoreOrder } from './restore-order';
import { buildRunRecord } from './run-record';
import { buildRunbookSheet } from './runbook-sheet';

async function textOf(doc: PdfDocument, name: string): Promise<string> {
  expect(structuredClone(doc)).toEqual(doc);
  return (await printedText(doc, name)).flat;
}

const header = { facilityName: 'みなと総合病院', version: '第1版', printedAt: new Date(2026, 10, 21, 9, 30), confidentialityLabel: '取扱注意', demo: false };
const TODAY = '2026-11-21';
const sys = (id: string, fields: Record<string, unknown>): PrintableSystem => ({ id, ...systemSchema.parse(fields) });
const systems = [
  sys('sw', { name: 'コアスイッチ', kind: 'networkDevice', restorePriority: 1, location: { building: '本館', floor: 'B1', room: 'サーバ室', rack: 'R01' } }),
  sys('ehr', {
    name: '電子カルテ',
    kind: 'system',
    category: 'ehr',
    restorePriority: 3,
    rtoHours: 24,
    vendorContactId: 'v1',
    monitoring: { method: '死活監視（ping）', watchedBy: '情報システム室' },
    remoteMaintenance: { present: true, route: 'IPsec-VPN（ベンダー保守回線）' },
    substitute: '紙カルテ運用',
  }),
  sys('ct', {
    name: 'CT装置',
    kind: 'medicalDevice',
    restorePriority: 10,
    eos: { endOfSale: '2022-03-31', endOfSupport: '2026-03-31' },
    riskAcceptance: { accepted: true, compensatingControls: '専用VLANで隔離', approver: '院長 佐藤', acceptedOn: '2026-04-01', reviewDate: '2027-04-01' },
  }),
];
const vendors = new Map<string, VendorInfo>([['v1', { name: '保守窓口', organisation: 'さくらメディカル', phones: [{ label: 'hotline24h', number: '0120-000-111' }] }]]);
const runbook = {
  id: 'rb1',
  ...runbookSchema.parse({
    systemId: 'ehr',
    title: '電子カルテ 復旧手順',
    prerequisiteSystemIds: ['sw'],
    steps: [
      { id: 'a', action: 'DBサーバを起動する', owner: '情報システム室', expectedMinutes: 15, verification: '管理画面でDB稼働を確認' },
      { id: 'b', action: 'バックアップから復元する', owner: 'ベンダー', expectedMinutes: 90, verification: '最新の患者を検索できる' },
    ],
  }),
};

describe('systems documents', () => {
  it('prints the inventory with vendor, monitoring, maintenance path, EOS status and the risk acceptance', async () => {
    const text = await textOf(buildSystemsInventory({ header, systems, vendors, today: TODAY }), 'inventory.pdf');
    for (const expected of ['システム台帳', 'コアスイッチ', '本館B1サーバ室R01', 'さくらメディカル', '死活監視（ping）', 'IPsec-', 'サポート終了', '専用VLANで隔離', '院長佐藤', '令和9年4月1日', '紙カルテ運用']) {
      expect(text).toContain(expected);
    }
  });

  it('prints the backup register with media kinds and the ransomware warnings', async () => {
    const backups = [systemBackupSchema.parse({ systemId: 'ehr', method: '日次フルバックアップ', mediaKind: 'appendable', generations: 7, location: 'サーバ室NAS', lastTestRestoreAt: '2026-01-10' })];
    const text = await textOf(buildBackupRegister({ header, systems, backups, today: TODAY, testRestoreDays: 180 }), 'backups.pdf');
    for (const expected of ['バックアップ台帳', '日次フルバックアップ', '追記可能', 'サーバ室NAS', '令和8年1月10日', '追記不能・オフライン保管の世代なし', '180日以内の復元テストなし', '復元テスト期限切れ']) {
      expect(text).toContain(expected);
    }
  });

  it('prints the restore order and names the systems of a cycle', async () => {
    const order = restoreOrder(systems, new Map([['ehr', ['sw', 'ct']], ['ct', ['ehr']]]));
    const text = await textOf(buildRestoreOrder({ header, order, runbooks: new Map([['ehr', [{ title: '電子カルテ 復旧手順', expectedMinutes: 105 }]]]) }), 'order.pdf');
    expect(text).toContain('復旧順序');
    expect(text).toContain('依存関係に問題があります');
    expect(text).toContain('電子カルテ→CT装置→電子カルテ');
    expect(text).toContain('循環のため順序未確定');
    expect(text).toContain('開始時刻');
  });

  it('lists every system of a loop that is not one simple circle in the table and the warning', async () => {
    // コアスイッチ closes two loops (with 電子カルテ and with CT装置).
    const order = restoreOrder(systems, new Map([['sw', ['ehr', 'ct']], ['ehr', ['sw']], ['ct', ['sw']]]));
    const text = await textOf(buildRestoreOrder({ header, order, runbooks: new Map() }), 'order-loops.pdf');
    expect(text).toContain('コアスイッチ→電子カルテ→コアスイッチ→CT装置→コアスイッチ');
    expect(text.match(/循環のため順序未確定/g)).toHaveLength(3);
  });

  it('prints a runbook as a check-off sheet with boxes, expected minutes, verification and time/name columns', async () => {
    const text = await textOf(buildRunbookSheet({ header, runbook, system: systems[1], prerequisites: [systems[0]!], vendor: vendors.get('v1') }), 'sheet.pdf');
    for (const expected of ['電子カルテ復旧手順', '□', 'DBサーバを起動する', '15分', '管理画面でDB稼働を確認', '完了時刻', '実施者', 'コアスイッチ', '0120-000-111', '1時間45分', '□訓練□本番']) {
      expect(text).toContain(expected);
    }
  });

  it('prints a run record with who checked each step, when, and the time without pauses', async () => {
    const at = (hhmm: string) => new Date(2026, 10, 21, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3)));
    let run = startRun(runbook, '電子カルテ', { kind: 'drill', leader: '佐藤', actor: '山田', now: at('09:00') });
    run = checkStep(run, 'a', '山田', at('09:20'));
    run = pauseRun(run, at('09:30'));
    run = resumeRun(run, at('10:00'));
    const text = await textOf(buildRunRecord({ header, run: { ...run, steps: run.steps.map((s) => (s.stepId === 'a' ? { ...s, note: 'UPS 切替に時間' } : s)) }, now: at('10:10') }), 'run.pdf');
    for (const expected of ['実施記録（訓練）', '佐藤', '山田', '11/2109:20', '20分', 'UPS切替に時間', '40分', '1/2手順完了', '令和8年11月21日09:30〜10:00']) {
      expect(text).toContain(expected);
    }
  });

  it('prints the date of every check-off and of a pause that ends after midnight, so a restore over days reads right', async () => {
    const at = (day: number, hhmm: string) => new Date(2026, 10, day, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3)));
    let run = startRun(runbook, '電子カルテ', { kind: 'real', leader: '佐藤', actor: '山田', now: at(21, '22:00') });
    run = checkStep(run, 'a', '山田', at(21, '23:40'));
    run = pauseRun(run, at(21, '23:50'));
    run = resumeRun(run, at(23, '00:30'));
    run = checkStep(run, 'b', '鈴木', at(23, '01:30'));
    const text = await textOf(buildRunRecord({ header, run, now: at(23, '02:00') }), 'run-overnight.pdf');
    expect(text).toContain('11/2123:40');
    expect(text).toContain('11/2301:30');
    expect(text).toContain('令和8年11月21日23:50〜令和8年11月23日00:30');
  });
});
