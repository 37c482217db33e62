import type { FormTemplateFields } from '../paper/form-template';
import type { Procedure } from '../paper/procedure';
import { resetNumbering } from '../paper/temporary-patient-ids';

/** Forms and procedures for the paper documents' tests (printed 2026-11-21, 令和8年). */

export const paperContext = {
  facilityName: '社会医療法人 さくら会 みなと総合病院',
  version: '0.1.0',
  printedAt: new Date(2026, 10, 21, 9, 30),
  confidentialityLabel: '取扱注意',
  demo: false,
};

export function formFixture(overrides: Partial<FormTemplateFields> = {}): FormTemplateFields {
  return {
    title: '外来受付票',
    department: '外来受付',
    headerFields: [{ label: '受付日' }, { label: '記入者' }],
    columns: [
      { label: '受付時刻', width: 1 },
      { label: '患者ID（仮番号）', width: 2 },
      { label: '氏名', width: 2 },
      { label: '生年月日', width: 1.5 },
      { label: '診療科', width: 1 },
    ],
    rowsPerPage: 20,
    signatureBoxes: [{ label: '確認者' }],
    notes: '電子カルテ復旧後、この票をもとに事後入力します。原本は医事課で保管してください。',
    copies: 1,
    orientation: 'portrait',
    stock: { sheetsPerDay: 30, scope: 'department', packSize: 50 },
    ...overrides,
  };
}

export function ledgerFixture(overrides: Partial<FormTemplateFields> = {}): FormTemplateFields {
  return formFixture({
    title: '仮患者番号台帳',
    department: '医事',
    headerFields: [{ label: '払出部署' }, { label: '払出日' }],
    columns: [
      { label: '仮患者番号', width: 1.4 },
      { label: '氏名', width: 2 },
      { label: '生年月日', width: 1.3 },
      { label: '本番号（復旧後）', width: 1.4 },
    ],
    rowsPerPage: 25,
    signatureBoxes: [],
    numbering: resetNumbering({ prefix: '仮-', digits: 6, rangeStart: 1, rangeEnd: 999_999 }),
    ...overrides,
  });
}

export function procedureFixture(overrides: Partial<Procedure> = {}): Procedure {
  return {
    id: 'proc-1',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    updatedBy: '山田 花子',
    department: '外来受付',
    title: '外来受付の紙運用',
    level: 'core',
    trigger: '電子カルテに**30分以上**ログインできないとき、外来責任者が判断する。\n- 情報システム室に停止を確認\n- 館内放送で周知',
    steps: [
      { role: '受付リーダー', text: '外来受付票と仮患者番号台帳を配布する。' },
      { role: '受付担当', text: '来院順に受付票へ記入する。\n- 再来は診察券の番号\n- 初診は**仮患者番号**を払い出す' },
    ],
    supplies: '- 外来受付票（1日分 300枚）\n- ボールペン 20本',
    formIds: ['form-1'],
    backEntrySteps: [{ role: '医事課', text: '受付票の順に患者受付を入力し、入力済みの票に押印する。' }],
    paperOriginal: '入力後の受付票は**原本として**医事課で5年間保管する。',
    returnSteps: [{ role: '外来責任者', text: '復旧を確認し、紙運用の終了時刻を記録する。' }],
    ...overrides,
  };
}
