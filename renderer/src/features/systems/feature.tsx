import type { FeatureModule } from '../feature';
import { SystemsPreview } from './SystemsPreview';

/** システム台帳・バックアップ・復旧手順 (R8, R9, R10, R13, R16, R18). */
export const systemsFeature: FeatureModule = {
  routes: [{ path: 'systems', element: <SystemsPreview /> }],
  printCards: [],
  settingsSections: [],
  homeNotices: [],
};
