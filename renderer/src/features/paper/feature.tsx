import { emptyFeature, type FeatureModule } from '../feature';

/** 紙運用・帳票 (R7). */
export const paperFeature: FeatureModule = { ...emptyFeature };
