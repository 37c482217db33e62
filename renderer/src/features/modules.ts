import type { FeatureModule } from '../workbook/feature-module';
import { auditFeature } from './audit/feature';
import { contactsFeature } from './contacts/feature';
import { editLockFeature } from './edit-lock/feature';
import { paperFeature } from './paper/feature';
import { systemsFeature } from './systems/feature';
import { workbookBackupFeature } from './workbook-backup/feature';

/** Every area of the workbook, in the order their settings sections, print cards and top-bar items appear. */
export const featureModules: readonly FeatureModule[] = [contactsFeature, paperFeature, systemsFeature, auditFeature, workbookBackupFeature, editLockFeature];

/** Menu paths some feature builds; every other area shows what it will hold. */
export const builtAreaPaths: ReadonlySet<string> = new Set(featureModules.flatMap((m) => m.routes.map((r) => `/${r.path.split('/')[0]}`)));
