import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { UnlockDialog } from './UnlockDialog';

/** The edit-lock control in the top bar: lock now, or unlock with the 管理者パスフレーズ. A distributed copy has none. */
export function EditLockButton() {
  const { t } = useTranslation();
  const { settings, editLock } = useWorkbook();
  const [unlocking, setUnlocking] = useState(false);
  if (!editLock.enabled || settings.distributedCopy) return null;
  return (
    <>
      <button
        type="button"
        className={editLock.locked ? 'edit-lock-button locked' : 'edit-lock-button'}
        aria-pressed={editLock.locked}
        onClick={() => (editLock.locked ? setUnlocking(true) : editLock.lock())}
        title={editLock.locked ? t('editLock.unlockTitle') : t('editLock.lockNow')}
      >
        {/* No emoji padlock: offline PCs often lack an emoji font, and a tofu box helps no one. */}
        {editLock.locked
          ? t('editLock.lockedBadge') + t('punct.parens', { text: t('editLock.unlock') })
          : t('editLock.unlockedBadge') + t('punct.parens', { text: t('editLock.lockNow') })}
      </button>
      {unlocking && <UnlockDialog onClose={() => setUnlocking(false)} />}
    </>
  );
}
