import type { FeatureModule } from '../../workbook/feature-module';
import { AuditLogPage } from './AuditLogPage';
import { AuditLogPrintCard } from './AuditLogPrintCard';

/** 監査ログ: every change to the workbook, who made it and when, on screen and on paper (R6 applied to itself). */
export const auditFeature = {
  areas: ['audit'],
  routes: [{ path: 'audit', element: <AuditLogPage /> }],
  printCards: [AuditLogPrintCard],
} satisfies FeatureModule;
