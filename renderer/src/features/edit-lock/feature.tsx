import type { FeatureModule } from '../../workbook/feature-module';
import { EditLockButton } from './EditLockButton';
import { EditLockSection } from './EditLockSection';

/** The optional 管理者パスフレーズ edit lock: who may change the workbook on this PC. */
export const editLockFeature = {
  areas: [],
  routes: [],
  settingsSections: [EditLockSection],
  topBarItems: [EditLockButton],
  settings: { editLock: 'editLock.passphrase', editLockIdleMinutes: 'editLock.idle' },
} satisfies FeatureModule;
