import { emptyFeature, type FeatureModule } from '../feature';

/** The workbook's own safety: backups of itself, restore, audit trail, edit lock, distributed copies. */
export const safetyFeature: FeatureModule = { ...emptyFeature };
