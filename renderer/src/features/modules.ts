import { contactsFeature } from './contacts/feature';
import type { FeatureModule } from './feature';
import { paperFeature } from './paper/feature';
import { safetyFeature } from './safety/feature';
import { systemsFeature } from './systems/feature';

export const featureModules: readonly FeatureModule[] = [contactsFeature, paperFeature, systemsFeature, safetyFeature];

/** Menu paths some feature builds; every other area shows what it will hold. */
export const builtAreaPaths: ReadonlySet<string> = new Set(featureModules.flatMap((m) => m.routes.map((r) => `/${r.path.split('/')[0]}`)));
