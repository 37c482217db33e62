import { Dexie, type EntityTable } from 'dexie';
import type { AuditEntry } from '../domain/audit/audit-entry';
import type { SystemBackup } from '../domain/systems/backup-register';
import type { FollowUpAction } from '../domain/actions/follow-up-action';
import type { Incident } from '../domain/incidents/incident';
import type { TimelineEntry } from '../domain/incidents/timeline';
import type { EmergencyLevelRecord } from '../domain/plan/emergency-level';
import type { PlanVersion } from '../domain/plan/plan-version';
import type { CallTree } from '../domain/contacts/call-tree';
import type { Contact } from '../domain/contacts/contact';
import type { Facility } from '../domain/facility';
import type { FormTemplate } from '../domain/paper/form-template';
import type { Procedure } from '../domain/paper/procedure';
import type { RecordMeta } from '../domain/record';
import type { Runbook } from '../domain/systems/runbook';
import type { RunbookRun } from '../domain/systems/runbook-run';
import type { InventorySystem } from '../domain/systems/system';
import { DATABASE_NAME, SCHEMA_V1, SCHEMA_V2, type RecordTableName } from './schema';

/** Aggregates whose issues have not landed yet: stored as opaque records until their domain types exist. */
export type PendingRecord = RecordMeta & Record<string, unknown>;

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface RecordTypes {
  facility: Facility;
  contacts: Contact;
  procedures: Procedure;
  formTemplates: FormTemplate;
  callTrees: CallTree;
  systems: InventorySystem;
  backups: SystemBackup;
  runbooks: Runbook;
  runbookRuns: RunbookRun;
  incidents: Incident;
  incidentEvents: TimelineEntry;
  actions: FollowUpAction;
  emergencyLevels: EmergencyLevelRecord;
  planVersions: PlanVersion;
}
export type RecordOf<T extends RecordTableName> = T extends keyof RecordTypes ? RecordTypes[T] : PendingRecord;

export type BcpDatabase = Dexie & { [T in RecordTableName]: EntityTable<RecordOf<T>, 'id'> } & {
  auditLog: EntityTable<AuditEntry, 'seq'>;
  settings: EntityTable<SettingRow, 'key'>;
};

/** Create (not open) the workbook database. Tests pass a unique name per test. */
export function createDatabase(name: string = DATABASE_NAME): BcpDatabase {
  const db = new Dexie(name, { autoOpen: false }) as BcpDatabase;
  db.version(1).stores(SCHEMA_V1);
  // Version 2 adds the tables of the areas built after 1 (see schema.ts); stored records need no change yet.
  db.version(2).stores(SCHEMA_V2);
  return db;
}
