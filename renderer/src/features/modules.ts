import type { SettingKey } from '../db/settings';
import { areas, type AreaKey } from '../workbook/areas';
import { coreSettingLabels, facilityAuditLabels, type AuditFieldLabels } from '../workbook/audit-labels';
import type { FeatureModule } from '../workbook/feature-module';
import type { Registry } from '../workbook/registry';
import { accountsFeature } from './accounts/feature';
import { actionsFeature } from './actions/feature';
import { auditFeature } from './audit/feature';
import { checklistFeature } from './checklist/feature';
import { contactsFeature } from './contacts/feature';
import { drillsFeature } from './drills/feature';
import { distributionFeature } from './distribution/feature';
import { editLockFeature } from './edit-lock/feature';
import { networkFeature } from './network/feature';
import { incidentsFeature } from './incidents/feature';
import { paperFeature } from './paper/feature';
import { planFeature } from './plan/feature';
import { systemsFeature } from './systems/feature';
import { workbookBackupFeature } from './workbook-backup/feature';

/**
 * Every area of the workbook, in the order their tiles, search groups, binder sections, settings sections, print cards
 * and top-bar items appear.
 */
export const featureModules: readonly FeatureModule[] = [contactsFeature, paperFeature, systemsFeature, networkFeature, incidentsFeature, accountsFeature, drillsFeature, planFeature, checklistFeature, actionsFeature, auditFeature, workbookBackupFeature, editLockFeature, distributionFeature];

/** Menu areas some module builds; every other area shows what it will hold. */
export const builtAreas: ReadonlySet<AreaKey> = new Set(featureModules.flatMap((m) => m.areas));
export const builtAreaPaths: ReadonlySet<string> = new Set(areas.filter((a) => builtAreas.has(a.key)).map((a) => a.path));

/**
 * The audit log's names for every field of every table with a domain type: a table added to RecordTypes (db/database.ts)
 * without its area's labels here fails to compile.
 */
export const auditFieldLabels = {
  ...facilityAuditLabels,
  ...contactsFeature.auditLabels,
  ...paperFeature.auditLabels,
  ...systemsFeature.auditLabels,
  ...networkFeature.auditLabels,
  ...incidentsFeature.auditLabels,
  ...accountsFeature.auditLabels,
  ...drillsFeature.auditLabels,
  ...actionsFeature.auditLabels,
  ...checklistFeature.auditLabels,
  ...distributionFeature.auditLabels,
  ...planFeature.auditLabels,
} satisfies AuditFieldLabels;

/** Every setting named for the audit log, by the workbook itself or the area owning it; a setting with no owner fails to compile. */
export const settingLabels = {
  ...coreSettingLabels,
  ...contactsFeature.settings,
  ...paperFeature.settings,
  ...systemsFeature.settings,
  ...incidentsFeature.settings,
  ...accountsFeature.settings,
  ...drillsFeature.settings,
  ...workbookBackupFeature.settings,
  ...distributionFeature.settings,
  ...editLockFeature.settings,
} satisfies Record<SettingKey, string>;

/** What the areas read through workbook/registry.tsx (they never import this file). */
export const registry: Registry = {
  auditFieldLabels,
  settingLabels,
  references: featureModules.flatMap((m) => m.references ?? []),
  incidentCloseChecks: featureModules.flatMap((m) => m.incidentCloseChecks ?? []),
  guidelineEvidence: featureModules.flatMap((m) => m.guidelineEvidence ?? []),
  managementReportFigures: featureModules.flatMap((m) => m.managementReportFigures ?? []),
};
