import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWorkbook } from '../workbook/WorkbookContext';
import { formatAsOf } from './format';
import { UnlockDialog } from './UnlockDialog';
import { useBackupScheduler } from './useBackupScheduler';

/**
 * The safety area's part of the top bar: the 配布用コピー mark, the edit-lock control, and a warning when an
 * automatic backup failed. It also hosts the backup scheduler, because the top bar is on screen whatever is open.
 */
export function SafetyBar() {
  const { t, i18n } = useTranslation();
  const { settings, editLock } = useWorkbook();
  const [unlocking, setUnlocking] = useState(false);
  useBackupScheduler();
  const failed = settings.backupFolders.filter((f) => settings.backupStatus[f]?.failure);
  const copy = settings.distributedCopy;
  return (
    <>
      {copy && (
        <span className="safety-copy-badge" data-testid="distributed-copy-badge" title={t('safety.notice.copyBanner', { facility: copy.sourceFacility, asOf: formatAsOf(copy.asOf, i18n.language) })}>
          {t('safety.notice.copyShort', { asOf: formatAsOf(copy.asOf, i18n.language) })}
        </span>
      )}
      {failed.length > 0 && (
        <Link to="/settings#safety-auto-backup" className="safety-backup-alert">
          {t('safety.notice.backupFailedShort')}
        </Link>
      )}
      {editLock.enabled && !copy && (
        <button
          type="button"
          className={editLock.locked ? 'safety-lock locked' : 'safety-lock'}
          aria-pressed={editLock.locked}
          onClick={() => (editLock.locked ? setUnlocking(true) : editLock.lock())}
          title={editLock.locked ? t('safety.lock.unlockTitle') : t('safety.lock.lockNow')}
        >
          {/* No emoji padlock: offline PCs often lack an emoji font, and a tofu box helps no one. */}
          {editLock.locked
            ? t('safety.lock.lockedBadge') + t('punct.parens', { text: t('safety.lock.unlock') })
            : t('safety.lock.unlockedBadge') + t('punct.parens', { text: t('safety.lock.lockNow') })}
        </button>
      )}
      {unlocking && <UnlockDialog onClose={() => setUnlocking(false)} />}
    </>
  );
}
