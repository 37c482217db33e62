import { createContext, useContext, type ReactNode } from 'react';
import type { RecordReference } from '../db/references';
import type { SettingKey } from '../db/settings';
import type { AuditFieldLabels } from './audit-labels';
import type { GuidelineEvidenceRule, IncidentCloseCheck, ManagementReportFigures } from './feature-module';

/**
 * What the feature modules declare, assembled once (features/modules.ts) and handed to the areas that need other areas'
 * declarations: the audit log names every table's fields, and every delete applies every area's references. Areas read
 * it here instead of importing features/modules.ts or each other.
 */
export interface Registry {
  auditFieldLabels: AuditFieldLabels;
  settingLabels: Record<SettingKey, string>;
  references: readonly RecordReference[];
  /** Every area's checks before an incident may be closed (incident mode runs them, in module order). */
  incidentCloseChecks: readonly IncidentCloseCheck[];
  /** Every area's evidence rules for the guideline self-assessment. */
  guidelineEvidence: readonly GuidelineEvidenceRule[];
  /** Every area's preparedness figures for the management report (経営層への報告), in module order. */
  managementReportFigures: readonly ManagementReportFigures[];
}

const RegistryContext = createContext<Registry | null>(null);

export function RegistryProvider({ registry, children }: { registry: Registry; children: ReactNode }) {
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

export function useRegistry(): Registry {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('useRegistry outside RegistryProvider');
  return registry;
}
