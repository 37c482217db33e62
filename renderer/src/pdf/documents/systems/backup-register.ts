import { backupMethodWarnings, groupBySystem, MEDIA_KIND_JA, systemBackupWarnings, type SystemBackupFields } from '../../../domain/systems/backup-register';
import { section } from '../../blocks';
import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { dataTable, framedBox } from '../../table-layouts';
import { kindJa, small, type PrintableSystem, type SystemsPrintHeader } from './common';
import { formatStoredDate } from '../../../domain/date-text';
import { BACKUP_WARNING_JA } from './labels';

/** バックアップ台帳 (R9): every method of every system, with the gaps that ransomware would exploit. */

export const BACKUP_REGISTER_TITLE = 'バックアップ台帳';

export interface BackupRegisterInput {
  header: SystemsPrintHeader;
  /** In restore-priority order. */
  systems: readonly PrintableSystem[];
  backups: readonly SystemBackupFields[];
  today: string;
  testRestoreDays: number;
}

const METHOD_WARNING_JA = { neverTested: '復元テスト未実施', testOverdue: '復元テスト期限切れ', testDateInFuture: 'テスト日が未来' } as const;

function registerTable(input: BackupRegisterInput): Content {
  const bySystem = groupBySystem(input.backups);
  const rows: Content[][] = [];
  for (const system of input.systems) {
    const list = bySystem.get(system.id) ?? [];
    const warnings = systemBackupWarnings(system, list, input.today, input.testRestoreDays).map((w) => BACKUP_WARNING_JA[w](input.testRestoreDays));
    const name: Content = { stack: [{ text: system.name, bold: true }, small(kindJa(system)), ...warnings.map((w) => ({ text: `⚠ ${w}`, fontSize: 7.5, color: '#b3261e' }))] };
    if (list.length === 0) {
      rows.push([name, { text: '（登録なし）', colSpan: 7, style: 'muted' }, '', '', '', '', '', '']);
      continue;
    }
    list.forEach((b, i) => {
      const methodWarnings = backupMethodWarnings(b, input.today, input.testRestoreDays).map((w) => METHOD_WARNING_JA[w]);
      rows.push([
        i === 0 ? name : { text: '〃', alignment: 'center', style: 'muted' },
        { stack: [{ text: b.method }, ...(b.notes ? [small(b.notes)] : [])] },
        { text: MEDIA_KIND_JA[b.mediaKind], bold: b.mediaKind !== 'appendable', fontSize: 8.5 },
        { text: `${b.generations}`, alignment: 'right' },
        small(b.schedule),
        small(b.location),
        { text: b.readableWithoutSystem ? '可' : '不可', alignment: 'center' },
        { stack: [{ text: formatStoredDate(b.lastTestRestoreAt, 'ja'), fontSize: 8.5 }, ...methodWarnings.map((w) => ({ text: w, fontSize: 7.5, color: '#b3261e' }))] },
      ]);
    });
  }
  if (rows.length === 0) return { text: '（システムはまだ登録されていません）', style: 'muted' };
  return dataTable({
    header: ['システム', '方式', '媒体', '世代', 'スケジュール', '保管場所', '単独で読出', '最終復元テスト'],
    rows,
    widths: [120, '*', 70, 28, 90, 100, 44, 86],
  });
}

export function buildBackupRegister(input: BackupRegisterInput): PdfDocument {
  const legend = framedBox(
    [
      {
        text: [
          `媒体：「${MEDIA_KIND_JA.appendable}」は NAS・ディスクなどネットワーク上で書き換えられるもの、「${MEDIA_KIND_JA.writeOnce}」は書き換えできない媒体、「${MEDIA_KIND_JA.offline}」はネットワークから切り離して保管するもの。`,
          `各システムに追記不能またはオフライン保管の世代が 1 つ以上あり、${input.testRestoreDays}日以内に復元テストが成功していること、`,
          'システム自体（攻撃されたサーバ）を通さずに読み出せることを確認してください。',
        ],
        fontSize: 8.5,
      },
    ],
    { margin: [0, 0, 0, 8] },
  );
  return buildFramedDocument(
    { ...input.header, documentTitle: BACKUP_REGISTER_TITLE },
    [{ text: BACKUP_REGISTER_TITLE, style: 'title' }, legend, section('システム別のバックアップ方式', registerTable(input))],
    { orientation: 'landscape' },
  );
}
