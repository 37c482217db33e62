import { areaText, type Shape } from './area-text';

/** UI text of the edit lock (管理者パスフレーズ), under the `editLock.` key prefix. Japanese first; English must have the same keys. */
export const editLockJa = {
  heading: '編集ロック',
  lead: '管理者パスフレーズを設定すると、アプリは読み取り専用で起動し、編集にはパスフレーズが必要になります。一定時間操作がないと再びロックします。閲覧と印刷はいつでもできます。',
  enabled: '編集ロックは有効です。',
  disabled: '編集ロックは設定されていません。',
  passphrase: '管理者パスフレーズ',
  confirm: '管理者パスフレーズ（確認）',
  set: 'パスフレーズを設定',
  change: 'パスフレーズを変更',
  remove: '編集ロックを解除（パスフレーズを削除）',
  removeConfirm: '編集ロックをやめますか？誰でも編集できるようになります。',
  idle: '自動ロックまでの時間（分）',
  saveIdle: '保存',
  saved: '保存しました。',
  working: 'パスフレーズを処理しています…',
  needUnlock: '変更するには、まず上部の「編集ロック中」からロックを解除してください。',
  lockedBadge: '編集ロック中',
  unlockedBadge: '編集可能',
  lockNow: 'ロックする',
  unlockTitle: '編集ロックの解除',
  unlock: '解除',
  wrong: 'パスフレーズが違います。',
};

export const editLockEn: Shape<typeof editLockJa> = {
  heading: 'Edit lock',
  lead: 'With an administrator passphrase, the app starts read-only and editing needs the passphrase; it locks again after a time without input. Viewing and printing always work.',
  enabled: 'The edit lock is on.',
  disabled: 'No edit lock is set.',
  passphrase: 'Administrator passphrase',
  confirm: 'Administrator passphrase (again)',
  set: 'Set passphrase',
  change: 'Change passphrase',
  remove: 'Remove the edit lock',
  removeConfirm: 'Remove the edit lock? Anyone will be able to edit.',
  idle: 'Lock again after (minutes)',
  saveIdle: 'Save',
  saved: 'Saved.',
  working: 'Processing the passphrase…',
  needUnlock: 'Unlock first (the “Locked” button at the top) to change this.',
  lockedBadge: 'Locked',
  unlockedBadge: 'Editable',
  lockNow: 'Lock',
  unlockTitle: 'Unlock editing',
  unlock: 'Unlock',
  wrong: 'Wrong passphrase.',
};

export default areaText('editLock', editLockJa, editLockEn);
